package io.custodian.server.config;

import io.custodian.domain.support.ProblemReportPolicy;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The problem-report settings: bundle limits and the optional Jira Service Management forwarding. */
class SupportSettingsTest {

    private static final String TOKEN = "ATATT3x-the-jsm-api-token";

    private static Map<String, String> jsm(String url) {
        var env = new HashMap<String, String>();
        env.put("CUSTODIAN_JSM_URL", url);
        env.put("CUSTODIAN_JSM_USER", "agent@vendor.example");
        env.put("CUSTODIAN_JSM_TOKEN", TOKEN);
        env.put("CUSTODIAN_JSM_SERVICE_DESK_ID", "4");
        env.put("CUSTODIAN_JSM_REQUEST_TYPE_ID", "27");
        return env;
    }

    @Test
    void forwarding_is_off_and_bundles_collect_100_items_per_kind_by_default() {
        var support = new SettingsLoader(Map.of()).load().support();

        assertThat(support.jsm()).isEmpty();
        assertThat(support.policy()).isEqualTo(ProblemReportPolicy.defaults());
        assertThat(support.policy().maxItemsPerKind()).isEqualTo(100);
        assertThat(new SettingsLoader(Map.of()).load().http().maxRequestBytes())
                .isGreaterThanOrEqualTo(1_310_720); // three 256 KiB attachments, base64, and the text
    }

    @Test
    void the_items_per_kind_are_configurable_within_range() {
        assertThat(new SettingsLoader(Map.of("CUSTODIAN_SUPPORT_BUNDLE_MAX_ITEMS_PER_KIND", "5")).load().support()
                .policy().maxItemsPerKind()).isEqualTo(5);
        assertThatThrownBy(() -> new SettingsLoader(Map.of("CUSTODIAN_SUPPORT_BUNDLE_MAX_ITEMS_PER_KIND", "1001"))
                .load()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("CUSTODIAN_SUPPORT_BUNDLE_MAX_ITEMS_PER_KIND");
    }

    @Test
    void a_jsm_url_turns_forwarding_on_and_the_token_is_never_shown() {
        var settings = new SettingsLoader(jsm("https://vendor.atlassian.net")).load();

        var jsm = settings.support().jsm().orElseThrow();
        assertThat(jsm.baseUrl()).isEqualTo(URI.create("https://vendor.atlassian.net"));
        assertThat(jsm.user()).isEqualTo("agent@vendor.example");
        assertThat(jsm.apiToken()).isEqualTo(TOKEN);
        assertThat(jsm.serviceDeskId()).isEqualTo("4");
        assertThat(jsm.requestTypeId()).isEqualTo("27");
        assertThat(settings.toString()).doesNotContain(TOKEN);
    }

    @Test
    void a_jsm_url_without_the_other_settings_names_each_missing_one() {
        var env = jsm("https://vendor.atlassian.net");
        env.remove("CUSTODIAN_JSM_TOKEN");
        env.remove("CUSTODIAN_JSM_REQUEST_TYPE_ID");

        assertThatThrownBy(() -> new SettingsLoader(env).load()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("CUSTODIAN_JSM_TOKEN").hasMessageContaining("CUSTODIAN_JSM_REQUEST_TYPE_ID")
                .hasMessageNotContaining("CUSTODIAN_JSM_USER");
    }

    @Test
    void jsm_settings_without_a_url_are_a_mistake_not_silently_ignored() {
        var env = jsm("");

        assertThatThrownBy(() -> new SettingsLoader(env).load()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("CUSTODIAN_JSM_URL").hasMessageNotContaining(TOKEN);
    }

    @Test
    void invalid_jsm_settings_are_refused_without_repeating_the_token() {
        var env = jsm("https://vendor.atlassian.net");
        env.put("CUSTODIAN_JSM_SERVICE_DESK_ID", "the-desk");

        assertThatThrownBy(() -> new SettingsLoader(env).load()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("service desk id").hasMessageNotContaining(TOKEN);
    }

    @Test
    void production_forwards_over_https_only() {
        var env = jsm("http://vendor.example");
        env.put("CUSTODIAN_MODE", "production");
        env.put("CUSTODIAN_BASE_URL", "https://custodian.example.com");
        env.put("CUSTODIAN_MASTER_KEY", "x");

        assertThatThrownBy(() -> new SettingsLoader(env).load()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("CUSTODIAN_JSM_URL must be an https URL in production mode");
    }
}
