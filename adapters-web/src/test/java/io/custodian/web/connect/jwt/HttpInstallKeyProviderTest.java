package io.custodian.web.connect.jwt;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.custodian.web.connect.testing.KeyServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpInstallKeyProviderTest {

    private static final RSAPublicKey KEY = rsaPublicKey();

    private final KeyServer server = KeyServer.start().publish("d2466692-d9b3-4245-8208-a601568541ae", KEY)
            .publish("micros/connect-install-keys/v1", KEY);
    private final HttpInstallKeyProvider provider =
            new HttpInstallKeyProvider(server.baseUrl(), Duration.ofSeconds(2), Duration.ofMillis(500));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetches_the_pem_key_by_kid_and_caches_it() {
        assertThat(provider.find("d2466692-d9b3-4245-8208-a601568541ae")).contains(KEY);
        assertThat(provider.find("d2466692-d9b3-4245-8208-a601568541ae")).contains(KEY);
        assertThat(provider.find("micros/connect-install-keys/v1")).contains(KEY);

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void a_kid_the_server_does_not_know_is_empty_and_asked_again_next_time() {
        assertThat(provider.find("unknown-kid")).isEmpty();
        assertThat(provider.find("unknown-kid")).isEmpty();

        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void a_kid_that_is_not_a_plain_path_is_empty_without_asking_the_server() {
        for (String kid : new String[]{"../secret", "a/../b", "/abs", "a b", "a?b", "a%2Fb", "", "x".repeat(257)}) {
            assertThat(provider.find(kid)).as(kid).isEmpty();
        }
        assertThat(provider.find(null)).isEmpty();
        assertThat(server.requests()).isZero();
    }

    @Test
    void an_unreachable_server_is_unavailable_not_unknown() {
        server.stop();

        assertThatThrownBy(() -> provider.find("d2466692-d9b3-4245-8208-a601568541ae"))
                .isInstanceOf(InstallKeyUnavailableException.class);
    }

    @Test
    void a_failing_or_nonsense_answer_is_unavailable() {
        server.mode(KeyServer.Mode.FAIL_500);
        assertThatThrownBy(() -> provider.find("d2466692-d9b3-4245-8208-a601568541ae"))
                .isInstanceOf(InstallKeyUnavailableException.class).hasMessageContaining("500");
        server.mode(KeyServer.Mode.GARBAGE);
        assertThatThrownBy(() -> provider.find("d2466692-d9b3-4245-8208-a601568541ae"))
                .isInstanceOf(InstallKeyUnavailableException.class);
    }

    @Test
    void a_server_that_does_not_answer_within_the_request_timeout_is_unavailable() {
        server.mode(KeyServer.Mode.HANG);

        assertThatThrownBy(() -> provider.find("d2466692-d9b3-4245-8208-a601568541ae"))
                .isInstanceOf(InstallKeyUnavailableException.class);
    }

    @Test
    void pem_keys_round_trip_and_nonsense_is_refused() {
        assertThat(PemPublicKeys.parse(PemPublicKeys.format(KEY))).isEqualTo(KEY);
        assertThat(PemPublicKeys.parse(PemPublicKeys.format(KEY).replace("\n", "\r\n"))).isEqualTo(KEY);
        assertThatThrownBy(() -> PemPublicKeys.parse("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PemPublicKeys.parse("hello")).isInstanceOf(IllegalArgumentException.class);
    }

    private static RSAPublicKey rsaPublicKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPublicKey) generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
