package io.custodian.domain.receipt;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bytes of a deletion receipt that are signed, in the {@link CanonicalForm} encoding (UTF-8), format id
 * {@value #FORMAT_ID}, fields in this order:
 *
 * <ol>
 *   <li>{@code receipt-id} — canonical lower-case UUID</li>
 *   <li>{@code tenant} — the tenant pseudonym, 64 hex digits</li>
 *   <li>{@code trigger} — the rule's code, e.g. {@code UNINSTALL_GRACE_EXPIRED}</li>
 *   <li>{@code trigger-reference} — e.g. the early-deletion request id; absent if the rule has none</li>
 *   <li>{@code deleted-per-category} — {@code NAME=count} pairs joined by {@code ,}, sorted by name, zero counts
 *       left out (empty value when nothing was deleted)</li>
 *   <li>{@code deleted-per-kind} — same, for item kinds</li>
 *   <li>{@code marked-at} — ISO-8601 UTC instant; absent if the tenant was not marked</li>
 *   <li>{@code deadline} — ISO-8601 UTC instant; absent if the tenant was not marked</li>
 *   <li>{@code executed-at} — ISO-8601 UTC instant</li>
 *   <li>{@code location} — the data location's name</li>
 * </ol>
 *
 * Sorting by name (not declaration order) and leaving zero counts out keep the bytes of a receipt stable when
 * categories or item kinds are added or reordered later.
 */
public final class ReceiptCanonicalForm {

    public static final String FORMAT_ID = "custodian-deletion-receipt/v1";

    private ReceiptCanonicalForm() {
    }

    public static byte[] of(DeletionReceipt receipt) {
        return CanonicalForm.begin(FORMAT_ID)
                .field("receipt-id", receipt.id().toString())
                .field("tenant", receipt.tenant().value())
                .field("trigger", receipt.trigger().code())
                .optionalField("trigger-reference", receipt.trigger().reference())
                .field("deleted-per-category", counts(receipt.deletedPerCategory()))
                .field("deleted-per-kind", counts(receipt.deletedPerKind()))
                .optionalInstant("marked-at", receipt.markedAt())
                .optionalInstant("deadline", receipt.deadline())
                .field("executed-at", receipt.executedAt())
                .field("location", receipt.location().name())
                .toBytes();
    }

    /** The canonical form as text (it is UTF-8), for display to an auditor. */
    public static String asText(DeletionReceipt receipt) {
        return new String(of(receipt), StandardCharsets.UTF_8);
    }

    private static <K extends Enum<K>> String counts(Map<K, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().name()))
                .map(entry -> entry.getKey().name() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
    }
}
