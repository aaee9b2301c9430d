package io.custodian.web.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;
import io.custodian.web.http.ErrorResponses;
import io.custodian.web.http.SecurityHeaders;

/**
 * Sessions: {@code POST /sessions} signs in with login name and password and answers 201 with the bearer token (shown
 * this once), {@code DELETE /sessions/current} ends the session of the presented token (204), {@code GET /me} is the
 * signed-in staff member. A refused login is 401 {@code invalid_credentials} for every reason (the identity audit log
 * records which), after the delay identity asks for; too many failures are 429 {@code too_many_attempts} with
 * {@code Retry-After}.
 */
final class SessionsHttpService extends StaffHttpService {

    /** The longest a refused login is held back, whatever identity asks. */
    static final Duration MAX_ANSWER_DELAY = Duration.ofSeconds(5);

    private final StaffSessions sessions;
    private final InstantSource clock;

    SessionsHttpService(StaffAuthentication authentication, StaffSessions sessions, InstantSource clock) {
        super(authentication);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    void routes(Routes routes) {
        routes.open(StaffEndpoint.LOGIN, this::login)
                .staff(StaffEndpoint.LOGOUT, this::logout)
                .staff(StaffEndpoint.ME, this::me);
    }

    private void login(ServerRequest req, ServerResponse res) throws InterruptedException {
        Bodies.Login body = Bodies.read(req, Bodies.Login.class);
        Instant now = clock.instant();
        switch (sessions.login(body.login(), body.password(), now)) {
            case StaffSessions.SignedIn signedIn -> {
                res.status(Status.CREATED_201);
                res.header(SecurityHeaders.NO_STORE);
                res.send(new StaffJson.Session(signedIn.token(), signedIn.expiresAt(),
                        StaffJson.Staff.of(signedIn.staff())));
            }
            case StaffSessions.InvalidCredentials invalid -> {
                Duration delay = invalid.answerDelay().compareTo(MAX_ANSWER_DELAY) > 0 ? MAX_ANSWER_DELAY
                        : invalid.answerDelay();
                if (delay.isPositive()) {
                    Thread.sleep(delay);
                }
                ErrorResponses.send(res, 401, "invalid_credentials",
                        "Wrong login name or password, or the account may not sign in");
            }
            case StaffSessions.TooManyAttempts tooMany -> {
                long seconds = Math.max(1, Duration.between(now, tooMany.retryAfter()).toSeconds() + 1);
                ErrorResponses.send(res, 429, "too_many_attempts",
                        "Too many failed attempts for this login name; retry after " + tooMany.retryAfter(),
                        HeaderValues.create(HeaderNames.RETRY_AFTER, Long.toString(seconds)));
            }
        }
    }

    private void logout(StaffMember staff, ServerRequest req, ServerResponse res) {
        sessions.logout(StaffAuthentication.bearerToken(req).orElseThrow(), clock.instant());
        res.status(Status.NO_CONTENT_204).send();
    }

    private void me(StaffMember staff, ServerRequest req, ServerResponse res) {
        res.send(StaffJson.Staff.of(staff));
    }
}
