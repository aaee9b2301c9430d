package io.custodian.domain.tenant;

/** In-port: the Connect {@code enabled} callback. */
public interface HandleEnableUseCase {
    Transition enable(HandleEnableCommand command);
}
