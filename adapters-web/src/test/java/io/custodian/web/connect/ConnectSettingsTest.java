package io.custodian.web.connect;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectSettingsTest {

    private static ConnectSettings.Builder valid() {
        return ConnectSettings.builder().appKey("io.custodian.sync").name("Custodian").baseUrl("https://c.example.com");
    }

    @Test
    void defaults_are_read_scope_api_version_1_production_mode_atlassian_key_server_and_30_second_leeway() {
        ConnectSettings settings = valid().build();

        assertThat(settings.scopes()).containsExactly("READ");
        assertThat(settings.apiVersion()).isEqualTo(1);
        assertThat(settings.enableLicensing()).isFalse();
        assertThat(settings.productionMode()).isTrue();
        assertThat(settings.allowedAudiences()).isEmpty();
        assertThat(settings.installKeysBaseUrl()).isEqualTo(URI.create("https://connect-install-keys.atlassian.com"));
        assertThat(settings.keyFetchConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.keyFetchRequestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.jwtLeeway()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.vendor()).isEmpty();
        assertThat(settings.description()).isEmpty();
    }

    @Test
    void the_app_key_must_match_the_connect_pattern_and_be_at_most_80_characters() {
        assertThatThrownBy(() -> valid().appKey("io custodian").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appKey")
                .hasMessageContaining("^[a-zA-Z0-9-._]+$");
        assertThatThrownBy(() -> valid().appKey("a".repeat(81)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appKey").hasMessageContaining("80");
        assertThatThrownBy(() -> valid().appKey(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appKey");
        assertThat(valid().appKey("A-z_0.9").build().appKey()).isEqualTo("A-z_0.9");
        assertThat(valid().appKey("a".repeat(80)).build().appKey()).hasSize(80);
    }

    @Test
    void the_base_url_must_be_absolute_at_most_200_characters_and_https_in_production() {
        assertThatThrownBy(() -> valid().baseUrl("http://c.example.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl").hasMessageContaining("https");
        assertThatThrownBy(() -> valid().baseUrl("https://c.example.com/" + "p".repeat(180)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl").hasMessageContaining("200");
        assertThatThrownBy(() -> valid().baseUrl("/relative").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> valid().baseUrl("https://c.example.com/?x=1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> valid().baseUrl((URI) null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThat(valid().baseUrl("http://localhost:8080/").productionMode(false).build().baseUrl())
                .isEqualTo(URI.create("http://localhost:8080"));
    }

    @Test
    void scopes_are_upper_cased_deduplicated_and_limited_to_the_connect_scopes() {
        assertThat(valid().scopes(List.of("read", "Write", "READ", "act_as_user")).build().scopes())
                .containsExactly("READ", "WRITE", "ACT_AS_USER");
        assertThatThrownBy(() -> valid().scopes(List.of("READ", "SUPERUSER")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scopes")
                .hasMessageContaining("SUPERUSER");
    }

    @Test
    void urls_of_the_key_server_and_alternative_audiences_must_be_https_in_production() {
        assertThatThrownBy(() -> valid().installKeysBaseUrl(URI.create("http://keys.example.com")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("installKeysBaseUrl");
        assertThatThrownBy(() -> valid().allowedAudiences(List.of(URI.create("http://old.example.com"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowedAudiences");
        ConnectSettings settings = valid().allowedAudiences(List.of(URI.create("https://old.example.com/"))).build();
        assertThat(settings.audiences()).containsExactly(URI.create("https://c.example.com"),
                URI.create("https://old.example.com"));
    }

    @Test
    void timeouts_and_leeway_are_bounded() {
        assertThatThrownBy(() -> valid().keyFetchTimeouts(Duration.ZERO, Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyFetchConnectTimeout");
        assertThatThrownBy(() -> valid().keyFetchTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyFetchRequestTimeout");
        assertThatThrownBy(() -> valid().jwtLeeway(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jwtLeeway");
        assertThatThrownBy(() -> valid().jwtLeeway(Duration.ofMinutes(6)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jwtLeeway");
    }

    @Test
    void name_is_required_and_api_version_at_least_1() {
        assertThatThrownBy(() -> valid().name(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> valid().name(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> valid().apiVersion(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> valid().vendor("V", URI.create("relative")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendor url");
    }
}
