package io.custodian.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast {@link PasswordHasher} for domain tests: {@code fake$<salt>$<sha-256 of salt and password>}, the salt a
 * counter. Salted like the real one (two hashes of one password differ) but not slow, so never use it elsewhere.
 * Counts its calls, so tests can see that unknown logins cost a verification too.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private final AtomicInteger salts = new AtomicInteger();
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();

    @Override
    public PasswordHash hash(Password password) {
        hashes.incrementAndGet();
        String salt = Integer.toString(salts.incrementAndGet());
        return new PasswordHash("fake$" + salt + "$" + digest(salt, password));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        verifications.incrementAndGet();
        String[] parts = hash.encoded().split("\\$", -1);
        if (parts.length != 3 || !parts[0].equals("fake")) {
            return false;
        }
        return MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.US_ASCII),
                digest(parts[1], password).getBytes(StandardCharsets.US_ASCII));
    }

    public int hashes() {
        return hashes.get();
    }

    public int verifications() {
        return verifications.get();
    }

    private static String digest(String salt, Password password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.value().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
