package io.custodian.domain.identity;

/**
 * In-port: a staff member signs in with login name and password and gets a session token. Refused, with the same
 * answer, for an unknown login name, a wrong password, an account without password, a disabled account and a
 * subcontractor whose contract has ended; refused without checking the password while the login name is locked out
 * ({@link LoginThrottle}). Every attempt is audited (action {@value StaffSessionService#LOGIN_ACTION}), without the
 * password.
 */
public interface LoginUseCase {

    LoginOutcome login(LoginCommand command);
}
