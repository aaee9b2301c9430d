package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.CanonicalForm;
import io.custodian.domain.receipt.TenantPseudonym;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened, before it takes its place in the chain: who, did what, to what, to which tenant's data of which
 * category, for which purpose, when, and with what outcome. The tenant is named by its pseudonym, because the
 * audit log outlives the tenant's purge. {@code at} is kept at microsecond precision (the database's).
 */
public record AuditDraft(
        Actor actor,
        AuditAction action,
        Optional<AuditSubject> subject,
        Optional<TenantPseudonym> tenant,
        Optional<Category> category,
        Optional<Purpose> purpose,
        Instant at,
        AuditOutcome outcome) {

    public AuditDraft {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        at = CanonicalForm.storedPrecision(at);
    }
}
