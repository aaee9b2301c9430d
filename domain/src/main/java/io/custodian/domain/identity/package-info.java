/**
 * Staff identity: who a staff member is when they sign in, and for how long. Passwords are kept only as salted,
 * slow hashes ({@link io.custodian.domain.identity.PasswordHasher}, Argon2id in the adapter); a session is an opaque
 * random token of which only the SHA-256 hash is stored ({@link io.custodian.domain.identity.StaffSessions}); failed
 * logins are counted per login name and throttled by the {@link io.custodian.domain.identity.LoginThrottle} policy.
 *
 * <p>In-ports: {@link io.custodian.domain.identity.LoginUseCase}, {@link io.custodian.domain.identity.LogoutUseCase},
 * {@link io.custodian.domain.identity.AuthenticateStaffUseCase}, {@link io.custodian.domain.identity.SetPasswordUseCase},
 * {@link io.custodian.domain.identity.AdministerStaffUseCase} (the operator's command line) and
 * {@link io.custodian.domain.identity.SweepIdentityUseCase}; grouped in
 * {@link io.custodian.domain.identity.IdentityUseCases}. Out-ports: {@link io.custodian.domain.identity.PasswordHasher},
 * {@link io.custodian.domain.identity.StaffCredentials}, {@link io.custodian.domain.identity.StaffSessions},
 * {@link io.custodian.domain.identity.LoginAttempts}; the staff accounts themselves are the access package's
 * {@link io.custodian.domain.access.StaffDirectory}. Logins, logouts and account changes are recorded through the
 * audit package's {@link io.custodian.domain.audit.RecordAuditEntryUseCase}, never with a password or a token.
 *
 * <p>Depends on {@code access} and {@code audit}; neither depends on it.
 */
package io.custodian.domain.identity;
