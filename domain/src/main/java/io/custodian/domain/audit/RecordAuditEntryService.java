package io.custodian.domain.audit;

import io.custodian.domain.receipt.TenantPseudonymiser;

import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/** Stamps the command with the clock, pseudonymises the tenant, and appends it to the trail. */
public final class RecordAuditEntryService implements RecordAuditEntryUseCase {

    private final AuditTrail trail;
    private final TenantPseudonymiser pseudonymiser;
    private final InstantSource clock;

    public RecordAuditEntryService(AuditTrail trail, TenantPseudonymiser pseudonymiser, InstantSource clock) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditEntry record(RecordAuditEntryCommand command) {
        return trail.append(draft(command));
    }

    /** One append of all the entries, stamped with the same instant. */
    @Override
    public List<AuditEntry> recordAll(List<RecordAuditEntryCommand> commands) {
        var at = clock.instant();
        return trail.appendAll(commands.stream().map(command -> draft(command, at)).toList());
    }

    private AuditDraft draft(RecordAuditEntryCommand command) {
        return draft(command, clock.instant());
    }

    private AuditDraft draft(RecordAuditEntryCommand command, java.time.Instant at) {
        return new AuditDraft(command.actor(), command.action(), command.subject(),
                command.tenant().map(pseudonymiser::pseudonymise), command.category(), command.purpose(),
                at, command.outcome());
    }
}
