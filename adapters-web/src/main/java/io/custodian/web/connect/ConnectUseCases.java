package io.custodian.web.connect;

import java.util.Objects;

import io.custodian.domain.tenant.AppRequestAuthentication;
import io.custodian.domain.tenant.FindTenantUseCase;
import io.custodian.domain.tenant.HandleDisableUseCase;
import io.custodian.domain.tenant.HandleEnableUseCase;
import io.custodian.domain.tenant.HandleInstallUseCase;
import io.custodian.domain.tenant.HandleUninstallUseCase;
import io.custodian.domain.tenant.RecordLicenseUseCase;

/**
 * The domain in-ports the Connect endpoints call. {@link #of} takes the two domain services that implement them
 * ({@code TenantLifecycleService}, {@code TenantAccessService}).
 */
public record ConnectUseCases(
        HandleInstallUseCase install,
        HandleUninstallUseCase uninstall,
        HandleEnableUseCase enable,
        HandleDisableUseCase disable,
        AppRequestAuthentication authentication,
        FindTenantUseCase tenants,
        RecordLicenseUseCase licenses) {

    public ConnectUseCases {
        Objects.requireNonNull(install, "install");
        Objects.requireNonNull(uninstall, "uninstall");
        Objects.requireNonNull(enable, "enable");
        Objects.requireNonNull(disable, "disable");
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(licenses, "licenses");
    }

    /**
     * @param lifecycle e.g. {@code TenantLifecycleService}
     * @param access    e.g. {@code TenantAccessService}
     */
    public static <L extends HandleInstallUseCase & HandleUninstallUseCase & HandleEnableUseCase & HandleDisableUseCase,
            A extends AppRequestAuthentication & FindTenantUseCase & RecordLicenseUseCase>
    ConnectUseCases of(L lifecycle, A access) {
        return new ConnectUseCases(lifecycle, lifecycle, lifecycle, lifecycle, access, access, access);
    }
}
