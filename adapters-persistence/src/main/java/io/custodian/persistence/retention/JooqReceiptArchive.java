package io.custodian.persistence.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.receipt.DeletionReceipt;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.ReceiptSignature;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.receipt.TenantPseudonym;
import io.custodian.domain.retention.ReceiptArchive;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.tables.records.ReceiptRecord;
import org.jooq.DSLContext;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.RECEIPT;

/**
 * {@link ReceiptArchive} on the {@code receipt} table. A receipt names its tenant by pseudonym only; the table has
 * no client key. Besides the receipt's fields it keeps the exact canonical bytes that were signed, so an auditor can
 * re-verify a receipt straight from the database; reading a receipt whose fields no longer encode to those bytes
 * fails rather than return a receipt that differs from what was signed.
 */
public final class JooqReceiptArchive implements ReceiptArchive {

    private final DSLContext dsl;

    public JooqReceiptArchive(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /** @throws org.jooq.exception.DataAccessException if a receipt with the same id is kept already */
    @Override
    public void keep(SignedReceipt signed) {
        dsl.insertInto(RECEIPT).set(toRow(Objects.requireNonNull(signed, "signed"))).execute();
    }

    /** One multi-row insert. @throws org.jooq.exception.DataAccessException if a receipt id is kept already */
    @Override
    public void keepAll(Collection<SignedReceipt> receipts) {
        if (receipts.isEmpty()) {
            return;
        }
        var rows = receipts.stream().map(this::toRow).toList();
        var insert = dsl.insertInto(RECEIPT).set(rows.getFirst());
        for (var row : rows.subList(1, rows.size())) {
            insert = insert.newRecord().set(row);
        }
        insert.execute();
    }

    private ReceiptRecord toRow(SignedReceipt signed) {
        DeletionReceipt receipt = signed.receipt();
        List<Map.Entry<ItemKind, Long>> counts = receipt.deletedPerKind().entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().name()))
                .toList();
        var row = dsl.newRecord(RECEIPT);
        row.setReceiptId(receipt.id().value());
        row.setTenantPseudonym(receipt.tenant().value());
        row.setTriggerCode(receipt.trigger().code());
        row.setTriggerReference(receipt.trigger().reference().orElse(null));
        row.setDeletedKinds(counts.stream().map(entry -> entry.getKey().name()).toArray(String[]::new));
        row.setDeletedCounts(counts.stream().map(Map.Entry::getValue).toArray(Long[]::new));
        row.setMarkedAt(receipt.markedAt().map(DatabaseTime::utc).orElse(null));
        row.setDeadline(receipt.deadline().map(DatabaseTime::utc).orElse(null));
        row.setExecutedAt(DatabaseTime.utc(receipt.executedAt()));
        row.setLocation(receipt.location().name());
        row.setCanonicalForm(ReceiptCanonicalForm.of(receipt));
        row.setSignatureAlgorithm(signed.signature().algorithm());
        row.setSignatureKeyId(signed.signature().keyId());
        row.setSignature(signed.signature().value());
        return row;
    }

    @Override
    public Optional<SignedReceipt> find(ReceiptId id) {
        Objects.requireNonNull(id, "id");
        return dsl.selectFrom(RECEIPT)
                .where(RECEIPT.RECEIPT_ID.eq(id.value()))
                .fetchOptional()
                .map(JooqReceiptArchive::toDomain);
    }

    @Override
    public List<SignedReceipt> all() {
        return dsl.selectFrom(RECEIPT)
                .orderBy(RECEIPT.EXECUTED_AT, RECEIPT.RECEIPT_ID)
                .fetch(JooqReceiptArchive::toDomain);
    }

    /** The exact bytes that were signed for the receipt, if it is kept (for an auditor's own verification). */
    public Optional<byte[]> signedBytes(ReceiptId id) {
        Objects.requireNonNull(id, "id");
        return dsl.select(RECEIPT.CANONICAL_FORM)
                .from(RECEIPT)
                .where(RECEIPT.RECEIPT_ID.eq(id.value()))
                .fetchOptional(RECEIPT.CANONICAL_FORM);
    }

    /**
     * The receipt a row holds.
     *
     * @throws IllegalStateException if its fields no longer encode to the canonical form that was signed
     */
    public static SignedReceipt toDomain(ReceiptRecord row) {
        DeletionTrigger trigger = switch (row.getTriggerCode()) {
            case "UNINSTALL_GRACE_EXPIRED" -> new DeletionTrigger.UninstallGraceExpired();
            case "EARLY_DELETION_REQUEST" -> new DeletionTrigger.EarlyDeletionRequest(row.getTriggerReference());
            default -> throw new IllegalStateException("receipt " + row.getReceiptId() + " has an unknown trigger "
                    + row.getTriggerCode());
        };
        Map<ItemKind, Long> perKind = new EnumMap<>(ItemKind.class);
        String[] kinds = row.getDeletedKinds();
        Long[] counts = row.getDeletedCounts();
        for (int i = 0; i < kinds.length; i++) {
            perKind.put(ItemKind.valueOf(kinds[i]), counts[i]);
        }
        DeletionReceipt receipt = DeletionReceipt.of(new ReceiptId(row.getReceiptId()),
                new TenantPseudonym(row.getTenantPseudonym()), trigger, perKind,
                Optional.ofNullable(row.getMarkedAt()).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.getDeadline()).map(OffsetDateTime::toInstant),
                row.getExecutedAt().toInstant(), new DataLocation(row.getLocation()));
        if (!Arrays.equals(ReceiptCanonicalForm.of(receipt), row.getCanonicalForm())) {
            throw new IllegalStateException("receipt " + receipt.id()
                    + ": its stored fields no longer match the canonical form that was signed");
        }
        return new SignedReceipt(receipt, new ReceiptSignature(row.getSignatureAlgorithm(), row.getSignatureKeyId(),
                row.getSignature()));
    }
}
