package io.custodian.server.keys;

import io.custodian.persistence.crypto.MasterKey;
import io.custodian.server.config.ConfigException;
import io.custodian.server.config.SettingsLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyLoaderTest {

    private final KeyLoader loader = new KeyLoader(new SecureRandom());

    private static Map<String, String> env(Path dataDir) {
        var env = new HashMap<String, String>();
        env.put("CUSTODIAN_DATA_DIR", dataDir.toString());
        return env;
    }

    @Test
    void development_generates_keys_once_into_the_data_directory_readable_by_the_owner_only(@TempDir Path dir)
            throws IOException {
        var settings = new SettingsLoader(env(dir)).load();

        var first = loader.load(settings);
        var second = loader.load(settings);

        assertThat(second.masterKey().toBase64()).isEqualTo(first.masterKey().toBase64());
        assertThat(second.pseudonymKey()).isEqualTo(first.pseudonymKey());
        assertThat(second.receiptKeyId()).isEqualTo(first.receiptKeyId()).startsWith("ed25519-");
        assertThat(Files.getPosixFilePermissions(dir.resolve("keys/master-key.b64")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void the_generated_receipt_key_pair_signs_and_verifies(@TempDir Path dir) throws Exception {
        var keys = loader.load(new SettingsLoader(env(dir)).load()).receiptSigningKeys();

        var signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update(new byte[]{1, 2, 3});
        var signature = signer.sign();
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(keys.getPublic());
        verifier.update(new byte[]{1, 2, 3});

        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void a_configured_master_key_is_used_as_given(@TempDir Path dir) {
        var master = MasterKey.generate(new SecureRandom()).toBase64();
        var env = env(dir);
        env.put("CUSTODIAN_MASTER_KEY", master);

        assertThat(loader.load(new SettingsLoader(env).load()).masterKey().toBase64()).isEqualTo(master);
        assertThat(dir.resolve("keys/master-key.b64")).doesNotExist();
    }

    @Test
    void production_mode_refuses_to_start_without_configured_keys(@TempDir Path dir) {
        var env = env(dir);
        env.put("CUSTODIAN_MODE", "production");
        env.put("CUSTODIAN_BASE_URL", "https://custodian.example.com");

        assertThatThrownBy(() -> loader.load(new SettingsLoader(env).load()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_MASTER_KEY").contains("production"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_PSEUDONYM_KEY"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_RECEIPT_SIGNING_KEY_FILE")));
        assertThat(dir.resolve("keys")).doesNotExist();
    }

    @Test
    void invalid_key_values_are_reported_without_echoing_them(@TempDir Path dir) throws IOException {
        var env = env(dir);
        env.put("CUSTODIAN_MASTER_KEY", "c2hvcnQ=");
        var pem = dir.resolve("bad.pem");
        Files.writeString(pem, "not a pem");
        env.put("CUSTODIAN_RECEIPT_SIGNING_KEY_FILE", pem.toString());

        assertThatThrownBy(() -> loader.load(new SettingsLoader(env).load()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_MASTER_KEY").contains("32 bytes"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_RECEIPT_SIGNING_KEY_FILE"))
                        .allSatisfy(p -> assertThat(p).doesNotContain("c2hvcnQ=")));
    }

    @Test
    void key_material_never_prints_a_key(@TempDir Path dir) {
        var keys = loader.load(new SettingsLoader(env(dir)).load());

        assertThat(keys.toString()).doesNotContain(keys.masterKey().toBase64());
    }
}
