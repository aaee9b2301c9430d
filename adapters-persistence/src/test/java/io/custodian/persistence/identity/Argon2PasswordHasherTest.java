package io.custodian.persistence.identity;

import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.PasswordHasher;
import io.custodian.domain.identity.PasswordHasherContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher newHasher() {
        return new Argon2PasswordHasher();
    }

    @Test
    void hashes_are_argon2id_with_the_owasp_minimum_parameters_in_phc_form() {
        String encoded = new Argon2PasswordHasher().hash(new Password("a password for the format")).encoded();

        assertThat(encoded).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
    }

    @Test
    void a_hash_made_by_the_reference_implementation_verifies() {
        // test vector of the Argon2 reference implementation (phc-winner-argon2, src/test.c): Argon2id v1.3,
        // password "password", salt "somesalt", m=65536, t=2, p=1
        var reference = new io.custodian.domain.identity.PasswordHash(
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");

        assertThat(new Argon2PasswordHasher().verify(new Password("password"), reference)).isTrue();
        assertThat(new Argon2PasswordHasher().verify(new Password("passwore"), reference)).isFalse();
    }
}
