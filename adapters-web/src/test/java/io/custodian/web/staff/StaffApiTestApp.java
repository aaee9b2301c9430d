package io.custodian.web.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.VerifyAuditChainService;
import io.custodian.domain.identity.FakePasswordHasher;
import io.custodian.domain.identity.IdentitySettings;
import io.custodian.domain.identity.InMemoryLoginAttempts;
import io.custodian.domain.identity.InMemoryStaffCredentials;
import io.custodian.domain.identity.InMemoryStaffSessions;
import io.custodian.domain.identity.LoginThrottle;
import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.SessionToken;
import io.custodian.domain.identity.SetPasswordService;
import io.custodian.domain.identity.StaffCredential;
import io.custodian.domain.identity.StaffSession;
import io.custodian.domain.identity.StaffSessionService;
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
 * {@code MutableClock}), and identity's session service over its in-memory fakes.
 */
final class StaffApiTestApp implements AutoCloseable {

    /** Sessions last this long. */
    static final Duration SESSION_LENGTH = Duration.ofHours(8);
    /** Three failures lock a login name; no answer delay (tests would wait for it). */
    static final LoginThrottle THROTTLE = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO);

    final CustodyQueriesFixture fixture = new CustodyQueriesFixture();
    final InMemoryStaffCredentials credentials = new InMemoryStaffCredentials();
    final InMemoryStaffSessions sessions = new InMemoryStaffSessions();
    final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final StaffUseCases useCases;
    private final SecureRandom random = new SecureRandom();
    private final CustodianWebServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    StaffApiTestApp() {
        var custody = fixture.custody;
        var identity = new StaffSessionService(custody.staff, credentials, sessions, attempts, hasher, custody.audit,
                new IdentitySettings(SESSION_LENGTH, THROTTLE), () -> SessionToken.generate(random));
        var setPassword = new SetPasswordService(custody.staff, credentials, sessions, attempts, hasher, custody.audit,
                custody.transactions, custody.clock);
        useCases = new StaffUseCases(identity, identity, identity, setPassword,
                fixture.tenants, fixture.tenants, fixture.tenants,
                fixture.ticketDesk, fixture.ticketDesk, fixture.ticketDesk, fixture.ticketDesk, fixture.bundles,
                fixture.bundles,
                fixture.earlyDeletion, fixture.records, fixture.earlyDeletion, fixture.earlyDeletion,
                fixture.earlyDeletion, fixture.receipts, fixture.auditLog, new VerifyAuditChainService(custody.auditTrail),
                fixture.retentionStatus(Duration.ofMinutes(20)), fixture.records, fixture.manageStaff);
        var builder = CustodianWebServer.builder()
                .settings(new WebSettings("127.0.0.1", 0, 1024 * 1024))
                .serviceInfo(new ServiceInfo("Custodian", "test", "Roubaix, France"));
        StaffApiModule.mounts(useCases, custody.clock).forEach(mount -> builder.service(mount.pathPrefix(), mount.service()));
        server = builder.build().start();
    }

    /** A session of {@code staff} opened now, as a login would: its bearer token. */
    String tokenFor(StaffMember staff) {
        SessionToken token = SessionToken.generate(random);
        var now = fixture.custody.clock.instant();
        sessions.open(StaffSession.open(token.hash(), staff.id(), now, now.plus(SESSION_LENGTH)));
        return token.value();
    }

    /** Sets {@code staff}'s password directly in the credential store. */
    void password(StaffMember staff, String password) {
        credentials.save(new StaffCredential(staff.id(), hasher.hash(new Password(password)),
                fixture.custody.clock.instant()));
    }

    /** {@code http://127.0.0.1:<port>/staff/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + StaffApiModule.PREFIX;
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
