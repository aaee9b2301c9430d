package io.custodian.domain.access;

import java.util.Objects;

/** {@code actor} disables the account {@code staff}; it keeps its history but can do nothing any more. */
public record DisableStaffCommand(StaffId actor, StaffId staff) {

    public DisableStaffCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(staff, "staff");
    }
}
