package io.custodian.web.connect.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.custodian.domain.appdata.ListItemsQuery;
import io.custodian.domain.retention.ItemContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits of {@link DataApiSettings}, checked when built and applied by the running API. */
class DataApiSettingsTest extends DataApiTestSupport {

    @Override
    DataApiTestApp startApp() {
        return DataApiTestApp.start(new DataApiSettings(1024, 2048, 2, 3));
    }

    @Test
    void the_defaults_are_256_KiB_per_body_and_pages_of_50_up_to_200() {
        assertThat(DataApiSettings.defaults()).isEqualTo(new DataApiSettings(262_144, 262_144, 50, 200));
    }

    @Test
    void limits_out_of_bounds_are_refused_when_the_settings_are_built() {
        assertThatThrownBy(() -> new DataApiSettings(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxConfigurationBytes");
        assertThatThrownBy(() -> new DataApiSettings(1, ItemContent.MAX_BYTES + 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentBytes");
        assertThatThrownBy(() -> new DataApiSettings(1, 1, 1, ListItemsQuery.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPageSize");
        assertThatThrownBy(() -> new DataApiSettings(1, 1, 4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaultPageSize");
    }

    @Test
    void a_configuration_document_over_the_configured_limit_is_413_and_one_at_the_limit_is_stored() {
        assertRefusedUnchanged(() -> put("/configuration/board", ConfigurationApiTest.documentOf(1025)), 413,
                "payload_too_large");

        ok(put("/configuration/board", ConfigurationApiTest.documentOf(1024)), 201);
    }

    @Test
    void an_operation_document_over_the_configured_limit_is_413_and_one_at_the_limit_is_stored() {
        assertRefusedUnchanged(() -> put("/relations/rel-1", ConfigurationApiTest.documentOf(2049)), 413,
                "payload_too_large");

        ok(put("/relations/rel-1", ConfigurationApiTest.documentOf(2048)), 200);
    }

    @Test
    void pages_use_the_configured_default_and_maximum_size() {
        for (String id : List.of("rel-1", "rel-2", "rel-3", "rel-4")) {
            ok(put("/relations/" + id, "{}"), 200);
        }

        Map<String, Object> page = ok(get("/relations"), 200);
        assertThat((List<?>) page.get("relations")).hasSize(2);
        assertThat((List<?>) ok(get("/relations?limit=3"), 200).get("relations")).hasSize(3);
        assertRefusedUnchanged(() -> get("/relations?limit=4"), 400, "bad_request");
    }
}
