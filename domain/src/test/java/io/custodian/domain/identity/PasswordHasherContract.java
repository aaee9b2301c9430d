package io.custodian.domain.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link PasswordHasher} must have. Run against the fake here and against the Argon2id adapter
 * there: extend it and return a hasher from {@link #newHasher()}. Test methods are public so that subclasses in other
 * packages inherit them.
 */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher newHasher();

    private PasswordHasher hasher;

    @BeforeEach
    public void createHasher() {
        hasher = newHasher();
    }

    @Test
    public void a_hashed_password_verifies_and_another_does_not() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery staple"));

        assertThat(hasher.verify(new Password("correct horse battery staple"), hash)).isTrue();
        assertThat(hasher.verify(new Password("correct horse battery stapler"), hash)).isFalse();
        assertThat(hasher.verify(new Password("Correct horse battery staple"), hash)).isFalse();
        assertThat(hasher.verify(new Password(""), hash)).isFalse();
    }

    @Test
    public void hashing_the_same_password_twice_gives_two_salted_hashes_that_both_verify() {
        Password password = new Password("the same password twice");

        PasswordHash first = hasher.hash(password);
        PasswordHash second = hasher.hash(password);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify(password, first)).isTrue();
        assertThat(hasher.verify(password, second)).isTrue();
    }

    @Test
    public void the_hash_does_not_contain_the_password() {
        PasswordHash hash = hasher.hash(new Password("plainly-visible-secret"));

        assertThat(hash.encoded()).doesNotContain("plainly-visible-secret");
        assertThat(hash.toString()).doesNotContain(hash.encoded());
    }

    @Test
    public void non_ascii_and_maximum_length_passwords_round_trip() {
        Password unicode = new Password("pässwörd-ĳ-😀-密码-long-enough");
        Password longest = new Password("x".repeat(PasswordPolicy.MAX_LENGTH - 1) + "😀");

        assertThat(hasher.verify(unicode, hasher.hash(unicode))).isTrue();
        assertThat(hasher.verify(longest, hasher.hash(longest))).isTrue();
        assertThat(hasher.verify(new Password("pässwörd-ij-😀-密码-long-enough"), hasher.hash(unicode))).isFalse();
    }

    @Test
    public void a_hash_it_cannot_read_does_not_verify_and_does_not_throw() {
        Password password = new Password("any password at all");

        assertThat(hasher.verify(password, new PasswordHash("not a hash"))).isFalse();
        assertThat(hasher.verify(password, new PasswordHash("$argon2id$v=19$m=16384,t=2,p=1$broken"))).isFalse();
        assertThat(hasher.verify(password, new PasswordHash("$2a$10$abcdefghijklmnopqrstuv"))).isFalse();
    }
}
