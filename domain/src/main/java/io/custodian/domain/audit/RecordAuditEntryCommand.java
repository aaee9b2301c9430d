package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;
import java.util.Optional;

/**
 * Record that {@code actor} did {@code action} (to {@code subject}, to data of {@code category} of {@code tenant},
 * for {@code purpose}) with {@code outcome}. The time is the recording service's clock; the tenant is
 * pseudonymised before it is written.
 */
public record RecordAuditEntryCommand(
        Actor actor,
        AuditAction action,
        Optional<AuditSubject> subject,
        Optional<ClientKey> tenant,
        Optional<Category> category,
        Optional<Purpose> purpose,
        AuditOutcome outcome) {

    public RecordAuditEntryCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An action of a part of the system (e.g. a purge) on a tenant, without staff, purpose or category. */
    public static RecordAuditEntryCommand systemAction(String systemActor, String action, ClientKey tenant,
            AuditOutcome outcome) {
        return new RecordAuditEntryCommand(Actor.system(systemActor), new AuditAction(action), Optional.empty(),
                Optional.of(tenant), Optional.empty(), Optional.empty(), outcome);
    }
}
