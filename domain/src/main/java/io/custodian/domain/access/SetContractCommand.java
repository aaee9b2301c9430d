package io.custodian.domain.access;

import java.time.LocalDate;
import java.util.Objects;

/** {@code actor} records that subcontractor {@code staff}'s contract is valid until (and including) a date. */
public record SetContractCommand(StaffId actor, StaffId staff, LocalDate contractValidUntil) {

    public SetContractCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(contractValidUntil, "contractValidUntil");
    }
}
