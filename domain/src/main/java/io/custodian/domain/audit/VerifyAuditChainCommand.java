package io.custodian.domain.audit;

import java.util.List;

/** Verify the whole audit chain, and that it still holds the entries named by {@code anchors}. */
public record VerifyAuditChainCommand(List<ChainAnchor> anchors) {

    public VerifyAuditChainCommand {
        anchors = List.copyOf(anchors);
    }

    public static VerifyAuditChainCommand withoutAnchors() {
        return new VerifyAuditChainCommand(List.of());
    }
}
