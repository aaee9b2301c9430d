package io.custodian.web.staff;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;

/**
 * A naive stand-in for staff identity: sessions by token with an expiry, passwords in a map, three failures lock a
 * login. It returns the account of a live session even when the account may no longer act, so the staff API's own
 * in-service check is what the tests see.
 */
final class FakeIdentity implements StaffAuthenticator, StaffSessions {

    static final Duration SESSION_LENGTH = Duration.ofHours(8);

    private final StaffDirectory directory;
    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();

    private record Session(StaffId staff, Instant expiresAt) {
    }

    FakeIdentity(StaffDirectory directory, InstantSource clock) {
        this.directory = directory;
        this.clock = clock;
    }

    synchronized void password(StaffMember staff, String password) {
        passwords.put(staff.loginName().value(), password);
    }

    /** A session for {@code staff} from now on. */
    synchronized String tokenFor(StaffMember staff) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(staff.id(), clock.instant().plus(SESSION_LENGTH)));
        return token;
    }

    @Override
    public synchronized Optional<StaffMember> authenticate(String bearerToken, Instant now) {
        Session session = sessions.get(bearerToken);
        if (session == null || !now.isBefore(session.expiresAt())) {
            return Optional.empty();
        }
        return directory.findById(session.staff());
    }

    @Override
    public synchronized SignIn login(String login, String password, Instant now) {
        if (failures.getOrDefault(login, 0) >= 3) {
            return new TooManyAttempts(now.plusSeconds(60));
        }
        Optional<StaffMember> staff;
        try {
            staff = directory.findByLogin(new LoginName(login));
        } catch (IllegalArgumentException e) {
            staff = Optional.empty();
        }
        if (staff.isEmpty() || !password.equals(passwords.get(staff.get().loginName().value()))
                || !staff.get().isInServiceAt(now)) {
            failures.merge(login, 1, Integer::sum);
            return new InvalidCredentials(Duration.ZERO);
        }
        String token = tokenFor(staff.get());
        return new SignedIn(token, sessions.get(token).expiresAt(), staff.get());
    }

    @Override
    public synchronized void logout(String bearerToken, Instant now) {
        sessions.remove(bearerToken);
    }
}
