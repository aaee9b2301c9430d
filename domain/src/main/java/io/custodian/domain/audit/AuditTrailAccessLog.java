package io.custodian.domain.audit;

import io.custodian.domain.access.AccessEvent;
import io.custodian.domain.access.AccessLog;
import io.custodian.domain.access.Decision;
import io.custodian.domain.receipt.TenantPseudonymiser;

import java.util.Objects;

/**
 * The access package's {@link AccessLog}, written to the audit trail: one entry per decision, the staff member as
 * actor, the tenant pseudonymised, a refusal's code and message as the outcome's reason.
 */
public final class AuditTrailAccessLog implements AccessLog {

    /** Subject type of entries about a staff account. */
    public static final String STAFF_SUBJECT = "staff";

    private final AuditTrail trail;
    private final TenantPseudonymiser pseudonymiser;

    public AuditTrailAccessLog(AuditTrail trail, TenantPseudonymiser pseudonymiser) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    }

    @Override
    public void record(AccessEvent event) {
        trail.append(new AuditDraft(
                Actor.staff(event.actor()),
                new AuditAction(event.action().code()),
                event.subjectStaff().map(id -> new AuditSubject(STAFF_SUBJECT, id.toString())),
                event.tenant().map(pseudonymiser::pseudonymise),
                event.category(),
                event.purpose(),
                event.at(),
                outcomeOf(event.decision())));
    }

    private static AuditOutcome outcomeOf(Decision decision) {
        return switch (decision) {
            case Decision.Allowed allowed -> AuditOutcome.ALLOWED;
            case Decision.Refused refused -> new AuditOutcome.Refused(truncate(
                    refused.reason().name() + ": " + refused.message()));
        };
    }

    private static String truncate(String reason) {
        if (reason.length() <= AuditOutcome.MAX_REASON_LENGTH) {
            return reason;
        }
        int end = AuditOutcome.MAX_REASON_LENGTH;
        return reason.substring(0, Character.isHighSurrogate(reason.charAt(end - 1)) ? end - 1 : end);
    }
}
