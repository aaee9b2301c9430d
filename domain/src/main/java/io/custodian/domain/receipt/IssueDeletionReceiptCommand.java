package io.custodian.domain.receipt;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's data has just been purged: issue its receipt.
 *
 * @param tenant         the purged tenant (pseudonymised on the receipt, never written in clear)
 * @param deletedPerKind how many items of each kind were deleted
 * @param markedAt       when the tenant was marked for deletion, if it was
 * @param deadline       its purge deadline, if it was marked
 */
public record IssueDeletionReceiptCommand(
        ClientKey tenant,
        DeletionTrigger trigger,
        Map<ItemKind, Long> deletedPerKind,
        Optional<Instant> markedAt,
        Optional<Instant> deadline) {

    public IssueDeletionReceiptCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(deletedPerKind, "deletedPerKind");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(deadline, "deadline");
        deletedPerKind = deletedPerKind.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(deletedPerKind));
    }
}
