package io.custodian.domain.access;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One access decision to be recorded: who asked to do what (to which staff account or tenant data, for which
 * purpose), when, and whether it was allowed.
 *
 * @param actor        the staff member who asked (as claimed, when the account is unknown)
 * @param subjectStaff the staff account acted on, for staff management
 * @param tenant       the tenant whose data was asked for, for reads
 */
public record AccessEvent(
        StaffId actor,
        AccessAction action,
        Optional<StaffId> subjectStaff,
        Optional<ClientKey> tenant,
        Optional<Category> category,
        Optional<Purpose> purpose,
        Instant at,
        Decision decision) {

    public AccessEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectStaff, "subjectStaff");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(decision, "decision");
    }

    public static AccessEvent tenantRead(StaffId actor, ClientKey tenant, Category category,
            Optional<Purpose> purpose, Instant at, Decision decision) {
        return new AccessEvent(actor, AccessAction.READ_TENANT_DATA, Optional.empty(), Optional.of(tenant),
                Optional.of(category), purpose, at, decision);
    }

    public static AccessEvent staffChange(StaffId actor, AccessAction action, Optional<StaffId> subject,
            Instant at, Decision decision) {
        return new AccessEvent(actor, action, subject, Optional.empty(), Optional.empty(), Optional.empty(), at,
                decision);
    }
}
