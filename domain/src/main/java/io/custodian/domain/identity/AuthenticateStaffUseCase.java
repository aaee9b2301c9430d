package io.custodian.domain.identity;

import io.custodian.domain.access.StaffMember;

import java.util.Optional;

/**
 * In-port: the staff member a bearer token authenticates, for every staff API request. Present only when the token
 * has the shape of one, its session exists, is not revoked and not expired at that instant, and the account is active
 * and (for a subcontractor) under a contract in force at that instant. Not audited (the actions it authorises are).
 */
public interface AuthenticateStaffUseCase {

    Optional<StaffMember> authenticate(AuthenticateStaffCommand command);
}
