package io.custodian.persistence.identity;

import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.PasswordHash;
import io.custodian.domain.identity.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.util.Objects;

/**
 * {@link PasswordHasher} with Argon2id (Bouncy Castle, through Spring Security's {@link Argon2PasswordEncoder}):
 * 16-byte random salt, 32-byte hash, 16 MiB memory, 2 iterations, parallelism 1 (Spring Security 5.8 defaults, in
 * line with OWASP's minimum), encoded in the PHC string form that carries its parameters, so stronger settings later
 * still verify older hashes. Comparison is in constant time.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final String ARGON2ID = "$argon2id$";

    private final Argon2PasswordEncoder encoder;

    public Argon2PasswordHasher() {
        this(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    }

    Argon2PasswordHasher(Argon2PasswordEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    @Override
    public PasswordHash hash(Password password) {
        Objects.requireNonNull(password, "password");
        return new PasswordHash(encoder.encode(password.value()));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(hash, "hash");
        if (password.value().isEmpty() || !hash.encoded().startsWith(ARGON2ID)) {
            return false; // another algorithm: not ours to read (and not worth the encoder's warning)
        }
        try {
            return encoder.matches(password.value(), hash.encoded());
        } catch (RuntimeException unreadable) {
            return false; // not an Argon2 hash this encoder reads
        }
    }
}
