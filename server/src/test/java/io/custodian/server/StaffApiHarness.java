package io.custodian.server;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.identity.AccountChange;
import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.SessionToken;
import io.custodian.domain.identity.SetPasswordCommand;
import io.custodian.domain.testing.MutableClock;
import io.custodian.server.config.SettingsLoader;
import io.custodian.server.testing.RunningServer;
import io.custodian.web.connect.testing.ConnectHost;
import io.custodian.web.connect.testing.Site;
import io.custodian.web.json.JsonMapping;
import io.custodian.web.staff.testing.StaffHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real Custodian (real wiring, PostgreSQL) on a {@link MutableClock} shared with the Connect host simulator, the
 * retention sweep off (tests run it when they want), staff seeded through the staff directory and identity's
 * set-password use case, and an HTTP client for the staff API that keeps every response body it saw (to check that
 * none holds a secret).
 */
final class StaffApiHarness implements AutoCloseable {

    static final String PASSWORD = "correct horse battery staple";
    /** The reporting user of every problem report. */
    static final String REPORTER = "jane@example.com";
    /** 23:00 UTC: a contract ending today ends within the hour, while a session opened now is still valid. */
    static final Instant START = Instant.parse("2026-03-01T23:00:00Z");

    final MutableClock clock;
    final ConnectHost host;
    final CustodianServer server;
    final List<String> bodies = new ArrayList<>();
    final List<String> tokens = new ArrayList<>();
    private final StaffHttp http;

    StaffApiHarness(Class<?> owner) {
        this(owner, START, Map.of());
    }

    StaffApiHarness(Class<?> owner, Instant start, Map<String, String> settings) {
        clock = new MutableClock(start);
        host = new ConnectHost(clock, RunningServer.APP_KEY, RunningServer.BASE_URL);
        var env = RunningServer.environment(owner);
        env.put("CUSTODIAN_INSTALL_KEYS_URL", host.keyServer().baseUrl().toString());
        env.put("CUSTODIAN_SWEEP_ENABLED", "false");
        env.putAll(settings);
        server = CustodianServer.start(new SettingsLoader(env).load(), clock);
        host.target(server.port());
        http = new StaffHttp(server.port());
    }

    /** Saves an active account with {@link #PASSWORD} set by the operator, as the command line does. */
    StaffMember staff(String login, Team team, Role role, Affiliation affiliation) {
        var member = new StaffMember(new StaffId(UUID.randomUUID()), "Staff " + login, new LoginName(login), affiliation,
                team, role, true);
        server.services().staff().save(member);
        var change = server.services().identity().setPassword().setPassword(new SetPasswordCommand(
                Actor.system("cli"), member.id(), new Password(PASSWORD)));
        if (!(change instanceof AccountChange.Applied)) {
            throw new IllegalStateException("password not set: " + change);
        }
        return member;
    }

    StaffMember employee(String login, Team team, Role role) {
        return staff(login, team, role, Affiliation.EMPLOYEE);
    }

    /** A subcontractor whose contract ends at the end of today (UTC). */
    StaffMember subcontractorUntilToday(String login) {
        return staff(login, Team.SUPPORT, Role.SUPPORT_ENGINEER,
                new Affiliation.Subcontractor(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)));
    }

    /** Signs in through {@code POST /sessions}; returns the bearer token. */
    String login(StaffMember member) {
        var response = send("POST", "/sessions", null, "{\"login\":\"" + member.loginName().value()
                + "\",\"password\":\"" + PASSWORD + "\"}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.body());
        }
        String token = (String) json(response).get("token");
        tokens.add(token);
        return token;
    }

    /** Installs a Jira site through a signed Connect install. */
    Site install(String name) {
        Site site = Site.jira(name);
        var response = host.install(site);
        if (response.statusCode() != 204) {
            throw new IllegalStateException("install failed: " + response.statusCode() + " " + response.body());
        }
        return site;
    }

    /** Opens a ticket through the Connect problem-report endpoint; returns its id. */
    String reportProblem(Site site, String summary) {
        var response = host.appJson(site, "POST", "/connect/v1/problem-reports", "{\"email\":\"" + REPORTER
                + "\",\"summary\":\"" + summary + "\",\"description\":\"It broke.\",\"attachments\":[]}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("report failed: " + response.statusCode() + " " + response.body());
        }
        try {
            return (String) JsonMapping.create().readValue(response.body(), Map.class).get("ticketId");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        return send("GET", path, token, null, headers);
    }

    /** A request to {@code /staff/v1 + path}; {@code token} and {@code json} may be null; headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String token, String json, String... headers) {
        var response = sendRaw(method, path, token, json, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                headers);
        synchronized (bodies) {
            bodies.add(response.body());
        }
        return response;
    }

    <T> HttpResponse<T> sendRaw(String method, String path, String token, String json,
                                HttpResponse.BodyHandler<T> handler, String... headers) {
        return http.send(method, path, token, json, handler, headers);
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        return StaffHttp.json(response);
    }

    static List<Map<String, Object>> items(HttpResponse<String> response) {
        return StaffHttp.items(response);
    }

    /** The hashes of every token handed out: what the session table stores, and no response may show. */
    List<String> tokenHashes() {
        return tokens.stream().map(token -> new SessionToken(token).hash().hex()).toList();
    }

    @Override
    public void close() {
        server.close();
        host.close();
    }
}
