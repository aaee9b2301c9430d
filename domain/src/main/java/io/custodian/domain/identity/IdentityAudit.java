package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.audit.AuditTrailAccessLog;
import io.custodian.domain.audit.RecordAuditEntryCommand;
import io.custodian.domain.audit.RecordAuditEntryUseCase;

import java.util.Objects;
import java.util.Optional;

/**
 * Records the identity package's audit entries: an actor, an action on a staff account (the subject), an outcome.
 * Callers pass reasons that never hold a password, a token or a login name as typed.
 */
final class IdentityAudit {

    private final RecordAuditEntryUseCase audit;

    IdentityAudit(RecordAuditEntryUseCase audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    void record(Actor actor, String action, Optional<StaffId> subject, AuditOutcome outcome) {
        audit.record(new RecordAuditEntryCommand(actor, new AuditAction(action),
                subject.map(id -> new AuditSubject(AuditTrailAccessLog.STAFF_SUBJECT, id.toString())),
                Optional.empty(), Optional.empty(), Optional.empty(), outcome));
    }

    static AuditOutcome refused(String code, String reason) {
        String text = code + ": " + reason;
        return new AuditOutcome.Refused(text.length() <= AuditOutcome.MAX_REASON_LENGTH ? text
                : text.substring(0, AuditOutcome.MAX_REASON_LENGTH));
    }

    static AuditOutcome outcomeOf(AccountChange change) {
        return switch (change) {
            case AccountChange.Applied applied -> AuditOutcome.SUCCEEDED;
            case AccountChange.Rejected rejected -> refused(rejected.reason().name(), rejected.message());
        };
    }
}
