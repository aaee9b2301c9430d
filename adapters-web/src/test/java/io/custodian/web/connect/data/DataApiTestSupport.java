package io.custodian.web.connect.data;

import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.web.connect.testing.Site;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running {@link DataApiTestApp} with the site {@code acme} installed, and requests signed by acme through the
 * Connect host simulator.
 */
abstract class DataApiTestSupport {

    static final String API = "/connect/v1";

    final DataApiTestApp app = startApp();
    final Site acme = Site.jira("acme");
    final ClientKey acmeKey = new ClientKey(acme.clientKey());

    /** Override to start the app with other settings. */
    DataApiTestApp startApp() {
        return DataApiTestApp.start();
    }

    @BeforeEach
    void installAcme() {
        assertThat(app.host.install(acme).statusCode()).isEqualTo(204);
    }

    @AfterEach
    void stopApp() {
        app.close();
    }

    HttpResponse<String> put(String path, String json) {
        return app.host.appJson(acme, "PUT", API + path, json);
    }

    HttpResponse<String> post(String path, String json) {
        return app.host.appJson(acme, "POST", API + path, json);
    }

    HttpResponse<String> get(String path) {
        return app.host.appRequest(acme, "GET", API + path, null, null);
    }

    HttpResponse<String> delete(String path) {
        return app.host.appRequest(acme, "DELETE", API + path, null, null);
    }

    /** Sends a request that must succeed with {@code status}, and answers its JSON body. */
    static java.util.Map<String, Object> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertNoStore(response);
        return DataApiTestApp.json(response);
    }

    /**
     * Sends a request that must be refused with {@code status} and the JSON error {@code code}, and proves that the
     * app stores exactly what it stored before (tenants, licenses, every item and its content).
     */
    HttpResponse<String> assertRefusedUnchanged(Supplier<HttpResponse<String>> request, int status, String code) {
        DataApiTestApp.Snapshot before = app.snapshot();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(DataApiTestApp.json(response)).containsEntry("error", code)
                .hasEntrySatisfying("message", message -> assertThat((String) message).isNotBlank());
        assertNoStore(response);
        assertThat(app.snapshot()).isEqualTo(before);
        return response;
    }

    static void assertNoStore(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }
}
