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
import io.custodian.domain.identity.LoginCommand;
import io.custodian.domain.identity.LoginOutcome;
import io.custodian.domain.identity.LoginRefusal;
import io.custodian.domain.identity.LoginUseCase;
import io.custodian.domain.identity.LogoutCommand;
import io.custodian.domain.identity.LogoutUseCase;
import io.custodian.domain.identity.Password;
import io.custodian.web.http.ErrorResponses;
import io.custodian.web.http.SecurityHeaders;

/**
 * Sessions: {@code POST /sessions} signs in with login name and password and answers 201 with the bearer token (shown
 * this once), {@code DELETE /sessions/current} ends the session of the presented token (204), {@code GET /me} is the
 * signed-in staff member. A refused login is 401 {@code invalid_credentials} for every reason (identity's audit entry
 * records which), answered after the delay identity's throttle asks for; a login name locked after too many failures
 * is 429 {@code too_many_attempts} with {@code Retry-After}.
 */
final class SessionsHttpService extends StaffHttpService {

    /** A safety bound on the delay before answering a refused login, whatever the throttle asks. */
    static final Duration MAX_ANSWER_DELAY = Duration.ofSeconds(30);

    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final InstantSource clock;

    SessionsHttpService(StaffAuthentication authentication, LoginUseCase login, LogoutUseCase logout,
                        InstantSource clock) {
        super(authentication);
        this.login = Objects.requireNonNull(login, "login");
        this.logout = Objects.requireNonNull(logout, "logout");
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
        switch (login.login(new LoginCommand(body.login(), new Password(body.password()), now))) {
            case LoginOutcome.LoggedIn loggedIn -> {
                res.status(Status.CREATED_201);
                res.header(SecurityHeaders.NO_STORE);
                res.send(new StaffJson.Session(loggedIn.token().value(), loggedIn.expiresAt(),
                        StaffJson.Staff.of(loggedIn.staff())));
            }
            case LoginOutcome.Refused(LoginRefusal.InvalidCredentials invalid) -> {
                Duration delay = invalid.answerDelay().compareTo(MAX_ANSWER_DELAY) > 0 ? MAX_ANSWER_DELAY
                        : invalid.answerDelay();
                if (delay.isPositive()) {
                    Thread.sleep(delay);
                }
                ErrorResponses.send(res, 401, invalid.code(), "Wrong login name or password, or the account may not"
                        + " sign in");
            }
            case LoginOutcome.Refused(LoginRefusal.TooManyAttempts tooMany) -> {
                long seconds = Math.max(1, Duration.between(now, tooMany.retryAfter()).toSeconds() + 1);
                ErrorResponses.send(res, 429, tooMany.code(), "Too many failed attempts for this login name; retry"
                                + " after " + tooMany.retryAfter(),
                        HeaderValues.create(HeaderNames.RETRY_AFTER, Long.toString(seconds)));
            }
        }
    }

    private void logout(StaffMember staff, ServerRequest req, ServerResponse res) {
        logout.logout(new LogoutCommand(StaffAuthentication.bearerToken(req).orElseThrow(), clock.instant()));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void me(StaffMember staff, ServerRequest req, ServerResponse res) {
        res.send(StaffJson.Staff.of(staff));
    }
}
