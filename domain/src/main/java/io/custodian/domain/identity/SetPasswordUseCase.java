package io.custodian.domain.identity;

/**
 * In-port: set a staff account's password (the command line, and privacy officers for other accounts). The password
 * must satisfy the {@link PasswordPolicy} (12 to 256 characters). Setting it ends every session of the account and
 * clears its failed logins. Every attempt is audited (action {@value SetPasswordService#SET_PASSWORD_ACTION}), without
 * the password.
 */
public interface SetPasswordUseCase {

    AccountChange setPassword(SetPasswordCommand command);
}
