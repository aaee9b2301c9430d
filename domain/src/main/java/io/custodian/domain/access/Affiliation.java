package io.custodian.domain.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * "Only authorized iDalko employees and subcontractors ... Such subcontractors are contractually bound":
 * an employee, or a subcontractor whose contract binds them until a date.
 */
public sealed interface Affiliation {

    Affiliation EMPLOYEE = new Employee();

    /** Is the affiliation in force at {@code at}? */
    boolean isValidAt(Instant at);

    record Employee() implements Affiliation {
        @Override
        public boolean isValidAt(Instant at) {
            Objects.requireNonNull(at, "at");
            return true;
        }
    }

    /**
     * A subcontractor bound by a contract valid until (and including) {@code contractValidUntil}, in UTC: the
     * contract is in force up to 23:59:59.999999999Z of that day and has lapsed from midnight UTC after it.
     */
    record Subcontractor(LocalDate contractValidUntil) implements Affiliation {
        public Subcontractor {
            Objects.requireNonNull(contractValidUntil, "contractValidUntil");
        }

        @Override
        public boolean isValidAt(Instant at) {
            Objects.requireNonNull(at, "at");
            return !LocalDate.ofInstant(at, ZoneOffset.UTC).isAfter(contractValidUntil);
        }
    }
}
