package io.custodian.domain.tenant;

/** In-port: the Connect {@code disabled} callback: data kept, app requests refused. */
public interface HandleDisableUseCase {
    Transition disable(HandleDisableCommand command);
}
