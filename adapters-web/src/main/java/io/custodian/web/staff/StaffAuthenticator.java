package io.custodian.web.staff;

import java.time.Instant;
import java.util.Optional;

import io.custodian.domain.access.StaffMember;

/**
 * What the staff API asks of staff identity for every request: the staff member a bearer token belongs to at
 * {@code now}, if the token opens a session that is neither revoked nor expired and the account may still act (active,
 * and a subcontractor's contract in force). The server adapts the identity in-port to it.
 */
@FunctionalInterface
public interface StaffAuthenticator {

    Optional<StaffMember> authenticate(String bearerToken, Instant now);
}
