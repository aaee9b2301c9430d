package io.custodian.domain.audit;

import java.util.Objects;
import java.util.stream.Stream;

/** Streams the trail in order through {@link AuditChain#verify}. */
public final class VerifyAuditChainService implements VerifyAuditChainUseCase {

    private final AuditTrail trail;

    public VerifyAuditChainService(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public ChainVerification verify(VerifyAuditChainCommand command) {
        try (Stream<AuditEntry> entries = trail.streamAll()) {
            return AuditChain.verify(entries.iterator(), command.anchors());
        }
    }
}
