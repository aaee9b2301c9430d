package io.custodian.server.keys;

import io.custodian.persistence.crypto.MasterKey;
import io.custodian.server.config.ConfigException;
import io.custodian.server.config.ServerSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads the key material from the configuration: a value (base64) or a file for each key. In development mode a
 * missing key is generated into {@code <data directory>/keys} (readable by the owner only) with a warning; in
 * production mode a missing key stops the start.
 */
public final class KeyLoader {

    private static final System.Logger LOG = System.getLogger(KeyLoader.class.getName());
    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");
    private static final int PSEUDONYM_KEY_BYTES = 32;

    private final SecureRandom random;

    public KeyLoader(SecureRandom random) {
        this.random = random;
    }

    public KeyMaterial load(ServerSettings settings) {
        var keys = settings.keys();
        var directory = settings.data().directory().resolve("keys");
        var problems = new ArrayList<String>();

        var master = loadText(keys.masterKey(), keys.masterKeyFile(), directory.resolve("master-key.b64"),
                settings.production(), "master key", "CUSTODIAN_MASTER_KEY", problems,
                () -> MasterKey.generate(random).toBase64())
                .map(text -> parse(() -> MasterKey.fromBase64(text), "CUSTODIAN_MASTER_KEY", problems))
                .orElse(null);
        var pseudonym = loadText(keys.pseudonymKey(), keys.pseudonymKeyFile(), directory.resolve("pseudonym-key.b64"),
                settings.production(), "pseudonymisation key", "CUSTODIAN_PSEUDONYM_KEY", problems,
                () -> Base64.getEncoder().encodeToString(randomBytes(PSEUDONYM_KEY_BYTES)))
                .map(text -> parse(() -> pseudonymKey(text), "CUSTODIAN_PSEUDONYM_KEY", problems))
                .orElse(null);
        var signing = loadText(Optional.empty(), keys.receiptSigningKeyFile(),
                directory.resolve("receipt-signing-key.pem"), settings.production(), "receipt signing key",
                "CUSTODIAN_RECEIPT_SIGNING_KEY_FILE", problems, this::newSigningKeyPem)
                .map(text -> parse(() -> signingKeys(text), "CUSTODIAN_RECEIPT_SIGNING_KEY_FILE", problems))
                .orElse(null);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new KeyMaterial(master, keyId(signing), signing, pseudonym);
    }

    private Optional<String> loadText(Optional<String> value, Optional<Path> file, Path developmentFile,
                                      boolean production, String what, String variable, List<String> problems,
                                      java.util.function.Supplier<String> generator) {
        if (value.isPresent()) {
            return value;
        }
        if (file.isPresent()) {
            try {
                return Optional.of(Files.readString(file.get()));
            } catch (IOException e) {
                problems.add(variable + ": cannot read the " + what + " file " + file.get().toAbsolutePath());
                return Optional.empty();
            }
        }
        if (production) {
            problems.add(variable + ": the " + what + " is required in production mode");
            return Optional.empty();
        }
        try {
            if (Files.isRegularFile(developmentFile)) {
                return Optional.of(Files.readString(developmentFile));
            }
            Files.createDirectories(developmentFile.getParent());
            var text = generator.get();
            Files.writeString(developmentFile, text, StandardCharsets.UTF_8);
            restrictToOwner(developmentFile);
            LOG.log(System.Logger.Level.WARNING, "Development mode: generated a {0} into {1}; set {2} in production",
                    what, developmentFile.toAbsolutePath().normalize(), variable);
            return Optional.of(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development " + what + " to " + developmentFile, e);
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String variable, List<String> problems) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            problems.add(variable + ": " + e.getMessage());
            return null;
        }
    }

    private static byte[] pseudonymKey(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pseudonymisation key is not valid base64");
        }
        if (bytes.length < PSEUDONYM_KEY_BYTES) {
            throw new IllegalArgumentException("pseudonymisation key must have at least " + PSEUDONYM_KEY_BYTES + " bytes");
        }
        return bytes;
    }

    private String newSigningKeyPem() {
        try {
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, random);
            var pair = generator.generateKeyPair();
            return pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** Reads a PEM file holding an Ed25519 PKCS#8 {@code PRIVATE KEY} and its X.509 {@code PUBLIC KEY}. */
    static KeyPair signingKeys(String pem) {
        byte[] privateBytes = null;
        byte[] publicBytes = null;
        var matcher = PEM_BLOCK.matcher(pem);
        while (matcher.find()) {
            var der = Base64.getMimeDecoder().decode(matcher.group(2));
            switch (matcher.group(1)) {
                case "PRIVATE KEY" -> privateBytes = der;
                case "PUBLIC KEY" -> publicBytes = der;
                default -> {
                    // other blocks are ignored
                }
            }
        }
        if (privateBytes == null || publicBytes == null) {
            throw new IllegalArgumentException(
                    "receipt signing key file must hold an Ed25519 PRIVATE KEY and PUBLIC KEY in PEM form");
        }
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicBytes)),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("receipt signing key file does not hold an Ed25519 key pair");
        }
    }

    /** A short, stable id of the public key: the first 16 hex digits of its SHA-256. */
    static String keyId(KeyPair pair) {
        if (pair == null) {
            return "";
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded());
            return "ed25519-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private byte[] randomBytes(int count) {
        var bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not restrict permissions of {0}", file);
        }
    }
}
