package io.custodian.domain.tenant;

/** In-port: the Connect {@code uninstalled} callback: marks the tenant for deletion and sets its purge deadline. */
public interface HandleUninstallUseCase {
    Transition uninstall(HandleUninstallCommand command);
}
