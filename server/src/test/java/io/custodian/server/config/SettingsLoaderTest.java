package io.custodian.server.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsLoaderTest {

    @Test
    void defaults_listen_on_8080_with_embedded_database_in_roubaix() {
        var settings = new SettingsLoader(Map.of()).load();

        assertThat(settings.http().port()).isEqualTo(8080);
        assertThat(settings.http().baseUrl()).hasToString("http://localhost:8080");
        assertThat(settings.data().directory()).isEqualTo(Path.of("./custodian-data"));
        assertThat(settings.data().location()).isEqualTo("Roubaix, France");
        assertThat(settings.database().external()).isFalse();
        assertThat(settings.database().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void environment_variables_override_the_defaults() {
        var settings = new SettingsLoader(Map.of(
                "CUSTODIAN_PORT", "9090",
                "CUSTODIAN_BASE_URL", "https://custodian.example.com",
                "CUSTODIAN_DATA_LOCATION", "Frankfurt, Germany",
                "CUSTODIAN_DB_URL", "jdbc:postgresql://db:5432/custodian",
                "CUSTODIAN_DB_USER", "custodian",
                "CUSTODIAN_DB_PASSWORD", "s3cret")).load();

        assertThat(settings.http().port()).isEqualTo(9090);
        assertThat(settings.http().baseUrl()).hasToString("https://custodian.example.com");
        assertThat(settings.data().location()).isEqualTo("Frankfurt, Germany");
        assertThat(settings.database().external()).isTrue();
        assertThat(settings.database().user()).isEqualTo("custodian");
    }

    @Test
    void the_page_sweep_chunk_target_defaults_to_50_ms_accepts_zero_and_refuses_what_is_out_of_range() {
        assertThat(new SettingsLoader(Map.of()).load().sweep().pageChunkTarget()).isEqualTo(Duration.ofMillis(50));
        assertThat(new SettingsLoader(Map.of("CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET", "PT0S")).load().sweep()
                .pageChunkTarget()).as("chunks of a fixed size").isZero();

        assertThatThrownBy(() -> new SettingsLoader(Map.of("CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET", "PT11S")).load())
                .hasMessageContaining("CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET");
        assertThatThrownBy(() -> new SettingsLoader(Map.of("CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET", "-PT1S")).load())
                .hasMessageContaining("CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET");
        assertThatThrownBy(() -> new SettingsLoader(Map.of("CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET", "fast")).load())
                .hasMessageContaining("CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET");
    }

    @Test
    void database_password_never_appears_in_the_settings_text() {
        var settings = new SettingsLoader(Map.of(
                "CUSTODIAN_DB_URL", "jdbc:postgresql://db/custodian?password=hunter2",
                "CUSTODIAN_DB_USER", "custodian",
                "CUSTODIAN_DB_PASSWORD", "s3cret")).load();

        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("hunter2");
    }

    @Test
    void every_invalid_value_is_reported_at_once_with_its_variable() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of(
                "CUSTODIAN_PORT", "eighty",
                "CUSTODIAN_BASE_URL", "ftp://x",
                "CUSTODIAN_DB_POOL_SIZE", "0",
                "CUSTODIAN_DB_CONNECT_TIMEOUT", "5 seconds",
                "CUSTODIAN_DB_URL", "jdbc:mysql://db/x")).load())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .hasSizeGreaterThanOrEqualTo(6)
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_PORT").contains("eighty"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_BASE_URL"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_DB_POOL_SIZE"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_DB_CONNECT_TIMEOUT"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_DB_URL"))
                        .anySatisfy(p -> assertThat(p).contains("CUSTODIAN_DB_USER")));
    }

    @Test
    void a_config_file_overrides_defaults_and_the_environment_overrides_the_file(@TempDir Path dir)
            throws IOException {
        var file = dir.resolve("custodian.yaml");
        Files.writeString(file, """
                server:
                  port: 7070
                data:
                  location: Paris, France
                """);

        var settings = new SettingsLoader(Map.of(
                "CUSTODIAN_CONFIG_FILE", file.toString(),
                "CUSTODIAN_PORT", "7171")).load();

        assertThat(settings.http().port()).isEqualTo(7171);
        assertThat(settings.data().location()).isEqualTo("Paris, France");
        assertThat(settings.http().host()).isEqualTo("0.0.0.0");
    }

    @Test
    void a_missing_config_file_is_reported() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of("CUSTODIAN_CONFIG_FILE", "/nonexistent/c.yaml")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("/nonexistent/c.yaml");
    }

    @Test
    void every_setting_has_a_default_in_application_yaml() {
        var loader = new SettingsLoader(Map.of());
        for (Setting setting : Setting.values()) {
            // loading succeeds with defaults only, so each required setting has one
            assertThat(setting.variable()).startsWith("CUSTODIAN_");
        }
        assertThat(loader.load()).isNotNull();
    }

    @Test
    void connect_descriptor_settings_come_from_the_environment() {
        var settings = new SettingsLoader(Map.of(
                "CUSTODIAN_APP_KEY", "com.example.sync",
                "CUSTODIAN_APP_SCOPES", "read, write",
                "CUSTODIAN_BASE_URL", "https://sync.example.com")).load();

        assertThat(settings.connect().appKey()).isEqualTo("com.example.sync");
        assertThat(settings.connect().scopes()).containsExactly("READ", "WRITE");
        assertThat(settings.connect().baseUrl()).hasToString("https://sync.example.com");
    }

    @Test
    void an_invalid_app_key_and_a_grace_above_180_days_stop_the_start() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of(
                "CUSTODIAN_APP_KEY", "not a key!",
                "CUSTODIAN_UNINSTALL_GRACE", "P181D")).load())
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("uninstallGrace").contains("180"))
                        .anySatisfy(p -> assertThat(p).contains("app")));
    }

    @Test
    void production_mode_requires_an_https_base_url() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of("CUSTODIAN_MODE", "production")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("https");
    }

    @Test
    void retention_durations_accept_seconds_for_tests_and_demos() {
        var settings = new SettingsLoader(Map.of("CUSTODIAN_UNINSTALL_GRACE", "PT30S")).load();

        assertThat(settings.retention().uninstallGrace()).isEqualTo(Duration.ofSeconds(30));
    }
}
