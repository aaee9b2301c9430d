package io.custodian.domain.receipt;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sample deletion receipts. */
public final class ReceiptFixtures {

    public static final DataLocation ROUBAIX = new DataLocation("Roubaix, France");
    public static final Instant MARKED_AT = Instant.parse("2025-09-02T08:30:00Z");
    public static final Instant DEADLINE = Instant.parse("2026-03-01T08:30:00Z");
    public static final Instant EXECUTED_AT = Instant.parse("2026-03-01T08:31:15.250Z");
    public static final TenantPseudonym TENANT = new TenantPseudonym("ab".repeat(32));

    private ReceiptFixtures() {
    }

    /** A purge after the 180-day grace period expired. */
    public static DeletionReceipt graceExpiredReceipt() {
        return DeletionReceipt.of(new ReceiptId(UUID.fromString("6f1c3e0a-8a4b-4e9f-9d52-0c8a3c1e7b21")), TENANT,
                new DeletionTrigger.UninstallGraceExpired(),
                Map.of(ItemKind.INSTALLATION_RECORD, 1L, ItemKind.ISSUE_VERSION_COPY, 240L,
                        ItemKind.TWIN_TRACE, 120L, ItemKind.CONFIGURATION_DOCUMENT, 3L, ItemKind.USAGE_EVENT, 0L),
                Optional.of(MARKED_AT), Optional.of(DEADLINE), EXECUTED_AT, ROUBAIX);
    }

    /** An early deletion on request of a tenant that was never marked. */
    public static DeletionReceipt earlyDeletionReceipt() {
        return DeletionReceipt.of(new ReceiptId(UUID.fromString("0b5e2d44-1f3a-4c6b-8e7d-2a9f4b3c5d61")), TENANT,
                new DeletionTrigger.EarlyDeletionRequest("EDR-17"),
                Map.of(ItemKind.SUPPORT_TICKET, 2L, ItemKind.SUPPORT_BUNDLE, 2L),
                Optional.empty(), Optional.empty(), EXECUTED_AT, ROUBAIX);
    }
}
