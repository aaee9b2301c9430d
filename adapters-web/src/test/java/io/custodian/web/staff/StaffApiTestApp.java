package io.custodian.web.staff;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
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
import io.custodian.web.staff.testing.StaffHttp;


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
    private final StaffHttp http;

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
        builder.services(StaffApiModule.mounts(useCases, custody.clock));
        server = builder.build().start();
        http = new StaffHttp(server.port());
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
        return http.baseUrl();
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        return send("GET", path, token, null, headers);
    }

    /** A request to {@code /staff/v1 + path}; {@code token} and {@code json} may be null; headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String token, String json, String... headers) {
        return http.send(method, path, token, json, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        return StaffHttp.json(response);
    }

    static List<Map<String, Object>> items(HttpResponse<String> response) {
        return StaffHttp.items(response);
    }

    @Override
    public void close() {
        server.stop();
    }
}
