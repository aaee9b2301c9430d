package io.custodian.domain.identity;

import java.util.Objects;

/** The identity in-ports, as the server wires them, for the adapters that need several of them. */
public record IdentityUseCases(
        LoginUseCase login,
        LogoutUseCase logout,
        AuthenticateStaffUseCase authenticate,
        SetPasswordUseCase setPassword,
        AdministerStaffUseCase administer,
        SweepIdentityUseCase sweep) {

    public IdentityUseCases {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(logout, "logout");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(setPassword, "setPassword");
        Objects.requireNonNull(administer, "administer");
        Objects.requireNonNull(sweep, "sweep");
    }
}
