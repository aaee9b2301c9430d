package io.custodian.web.connect;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.custodian.web.connect.testing.ConnectTestApp;

import static io.custodian.web.connect.LifecycleFlowTest.json;
import static org.assertj.core.api.Assertions.assertThat;

class DescriptorTest {

    @Test
    void the_descriptor_is_served_without_authentication_with_jwt_lifecycle_and_the_api_migrations() {
        try (ConnectTestApp app = ConnectTestApp.start()) {
            HttpResponse<String> response = app.host.get("/atlassian-connect.json", null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(json(response)).containsExactlyEntriesOf(ordered(
                    "key", "io.custodian.sync",
                    "name", "Custodian Sync",
                    "description", "Data custody for issue sync",
                    "vendor", Map.of("name", "Custodian", "url", "https://custodian.example.com/vendor"),
                    "baseUrl", "https://custodian.example.com",
                    "authentication", Map.of("type", "jwt"),
                    "lifecycle", Map.of(
                            "installed", "/lifecycle/installed",
                            "uninstalled", "/lifecycle/uninstalled",
                            "enabled", "/lifecycle/enabled",
                            "disabled", "/lifecycle/disabled"),
                    "scopes", List.of("READ", "WRITE"),
                    "apiVersion", 1,
                    "apiMigrations", Map.of("signed-install", true, "context-qsh", true, "gdpr", true),
                    "enableLicensing", true,
                    "modules", Map.of()));
        }
    }

    @Test
    void the_descriptor_path_answers_405_to_other_methods() {
        try (ConnectTestApp app = ConnectTestApp.start()) {
            HttpResponse<String> response = app.host.send("POST", "/atlassian-connect.json", null);

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(json(response)).containsEntry("error", "method_not_allowed");
        }
    }

    @Test
    void a_minimal_descriptor_leaves_out_description_and_vendor() {
        ConnectSettings settings = ConnectSettings.builder().appKey("a.b").name("A").baseUrl("https://a.example.com/")
                .build();

        Map<String, Object> descriptor = ConnectDescriptor.of(settings);

        assertThat(descriptor).doesNotContainKeys("description", "vendor")
                .containsEntry("baseUrl", "https://a.example.com")
                .containsEntry("scopes", List.of("READ"))
                .containsEntry("enableLicensing", false);
        assertThat(descriptor.keySet()).startsWith("key", "name", "baseUrl", "authentication", "lifecycle");
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
