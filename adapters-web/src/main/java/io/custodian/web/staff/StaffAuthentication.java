package io.custodian.web.staff;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.identity.AuthenticateStaffCommand;
import io.custodian.domain.identity.AuthenticateStaffUseCase;
import io.custodian.web.http.ErrorCodes;
import io.custodian.web.http.ErrorResponses;

/**
 * Bearer-token authentication of the staff API: {@code Authorization: Bearer <token>}. A missing or malformed header,
 * and a token that opens no session (unknown, expired, revoked, or an account that may no longer act), are all 401
 * {@code unauthorized} with {@code WWW-Authenticate: Bearer}; the handler runs only for a staff member in service at
 * the request's instant (identity checks it; checked here again). Tokens are never logged.
 */
final class StaffAuthentication {

    static final Header CHALLENGE = HeaderValues.create(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"custodian-staff\"");
    static final Header INVALID_TOKEN_CHALLENGE = HeaderValues.create(HeaderNames.WWW_AUTHENTICATE,
            "Bearer realm=\"custodian-staff\", error=\"invalid_token\"");
    /** Longer than any token we issue by far; a longer header is refused without asking the authenticator. */
    private static final int MAX_TOKEN_LENGTH = 512;

    private final AuthenticateStaffUseCase authenticator;
    private final InstantSource clock;

    StaffAuthentication(AuthenticateStaffUseCase authenticator, InstantSource clock) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The handler for an authenticated route. */
    Handler guard(StaffHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return (req, res) -> {
            Optional<String> token = bearerToken(req);
            if (token.isEmpty()) {
                ErrorResponses.send(res, 401, ErrorCodes.UNAUTHORIZED,
                        "A bearer token is required: Authorization: Bearer <token> (POST /staff/v1/sessions)", CHALLENGE);
                return;
            }
            Instant now = clock.instant();
            Optional<StaffMember> staff = authenticator.authenticate(new AuthenticateStaffCommand(token.get(), now))
                    .filter(member -> member.isInServiceAt(now));
            if (staff.isEmpty()) {
                ErrorResponses.send(res, 401, ErrorCodes.UNAUTHORIZED,
                        "The bearer token is invalid or expired, or the account may no longer act; sign in again",
                        INVALID_TOKEN_CHALLENGE);
                return;
            }
            handler.handle(staff.get(), req, res);
        };
    }

    /** The token of a well-formed {@code Authorization: Bearer} header. */
    static Optional<String> bearerToken(ServerRequest req) {
        if (!req.headers().contains(HeaderNames.AUTHORIZATION)) {
            return Optional.empty();
        }
        var values = req.headers().get(HeaderNames.AUTHORIZATION).allValues();
        if (values.size() != 1) {
            return Optional.empty();
        }
        String value = values.getFirst().strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return Optional.empty();
        }
        String token = value.substring(space + 1).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            return Optional.empty();
        }
        return Optional.of(token);
    }
}
