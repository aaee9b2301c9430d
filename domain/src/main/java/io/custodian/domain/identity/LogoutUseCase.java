package io.custodian.domain.identity;

/**
 * In-port: revoke the session of the presented token. A revoked session never authenticates again. A logout of an
 * active session is audited (action {@value StaffSessionService#LOGOUT_ACTION}); a token that opens no active session
 * changes nothing and is not.
 */
public interface LogoutUseCase {

    LogoutOutcome logout(LogoutCommand command);
}
