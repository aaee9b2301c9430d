package io.custodian.domain.tenant;

/** In-port: the Connect {@code installed} callback (first install, re-install, site rename, app upgrade). */
public interface HandleInstallUseCase {
    Transition install(HandleInstallCommand command);
}
