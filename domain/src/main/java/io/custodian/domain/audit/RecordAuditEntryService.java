package io.custodian.domain.audit;

import io.custodian.domain.receipt.TenantPseudonymiser;

import java.time.InstantSource;
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
        return trail.append(new AuditDraft(command.actor(), command.action(), command.subject(),
                command.tenant().map(pseudonymiser::pseudonymise), command.category(), command.purpose(),
                clock.instant(), command.outcome()));
    }
}
