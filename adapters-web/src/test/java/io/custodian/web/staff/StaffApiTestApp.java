package io.custodian.web.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.domain.audit.VerifyAuditChainService;
import io.custodian.domain.custody.CustodyQueriesFixture;
import io.custodian.web.CustodianWebServer;
import io.custodian.web.ServiceInfo;
import io.custodian.web.WebSettings;
import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The app under test for the staff API: a real {@link CustodianWebServer} on an ephemeral port with
 * {@link StaffApiModule}'s mounts over the domain services and in-memory fakes of {@link CustodyQueriesFixture}
 * (support engineer, developer, two privacy officers, a disabled account and a subcontractor whose contract ended; a
 * {@code MutableClock}), and {@link FakeIdentity} for sessions.
 */
final class StaffApiTestApp implements AutoCloseable {

    final CustodyQueriesFixture fixture = new CustodyQueriesFixture();
    final FakeIdentity identity = new FakeIdentity(fixture.custody.staff, fixture.custody.clock);
    final StaffUseCases useCases;
    private final CustodianWebServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    StaffApiTestApp() {
        var custody = fixture.custody;
        useCases = new StaffUseCases(identity, identity, fixture.tenants, fixture.tenants, fixture.tenants,
                fixture.earlyDeletion, fixture.records, fixture.earlyDeletion, fixture.earlyDeletion,
                fixture.earlyDeletion, fixture.receipts, fixture.auditLog, new VerifyAuditChainService(custody.auditTrail),
                fixture.retentionStatus(Duration.ofMinutes(20)), fixture.records, fixture.manageStaff);
        var builder = CustodianWebServer.builder()
                .settings(new WebSettings("127.0.0.1", 0, 1024 * 1024))
                .serviceInfo(new ServiceInfo("Custodian", "test", "Roubaix, France"));
        StaffApiModule.mounts(useCases, custody.clock).forEach(mount -> builder.service(mount.pathPrefix(), mount.service()));
        server = builder.build().start();
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        return send("GET", path, token, null, headers);
    }

    /** A request to {@code /staff/v1 + path}; {@code token} and {@code json} may be null; headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String token, String json, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + StaffApiModule.PREFIX + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JsonMapping.create().readValue(response.body(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(HttpResponse<String> response) {
        return (List<Map<String, Object>>) json(response).get("items");
    }

    @Override
    public void close() {
        server.stop();
    }
}
