package io.custodian.domain.retention;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.audit.RecordAuditEntryCommand;
import io.custodian.domain.audit.RecordAuditEntryUseCase;
import io.custodian.domain.receipt.DeletionTrigger;
import io.custodian.domain.receipt.IssueDeletionReceiptCommand;
import io.custodian.domain.receipt.IssueDeletionReceiptUseCase;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.SecretCipher;
import io.custodian.domain.tenant.TenantStore;
import io.custodian.domain.tenant.Transition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Purges one tenant: deletes every item, destroys its secret key, forgets its installation record, issues the
 * signed deletion receipt counting exactly what was deleted, keeps it in the {@link ReceiptArchive} and records a
 * {@code tenant.purge} audit entry (the tenant pseudonymised by the audit service). Shared by the retention sweep (deadline passed) and
 * the execution of an early-deletion request. Runs inside the caller's transaction.
 */
public final class TenantPurge {

    private final TenantStore tenants;
    private final Inventory inventory;
    private final ExpiredItems expiredItems;
    private final SecretCipher cipher;
    private final IssueDeletionReceiptUseCase receipts;
    private final ReceiptArchive archive;
    private final RecordAuditEntryUseCase audit;

    public TenantPurge(TenantStore tenants, Inventory inventory, ExpiredItems expiredItems, SecretCipher cipher,
                       IssueDeletionReceiptUseCase receipts, ReceiptArchive archive, RecordAuditEntryUseCase audit) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.expiredItems = Objects.requireNonNull(expiredItems, "expiredItems");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Purges {@code record}'s tenant at {@code now} under {@code trigger}, the rule named on the receipt. */
    public Purge purge(InstallationRecord record, Instant now, DeletionTrigger trigger) {
        return complete(record, now, trigger, Map.of());
    }

    /**
     * Completes the purges of tenants whose items have all been deleted already, in earlier bounded batches of the
     * retention engine ({@code deletedBefore}: per tenant, what those batches deleted per kind): destroys their keys,
     * forgets their records, issues one receipt per tenant counting the installation record and its earlier batches,
     * archives the receipts and records one {@code tenant.purge} audit entry per tenant, a few statements for all of
     * them. Unlike {@link #complete}, it does not look for remaining items: the caller guarantees there are none (the
     * retention engine counts a tenant's items when its purge begins, refuses every write from then on, and completes
     * it only once every counted kind is deleted). Runs inside the caller's transaction.
     *
     * @throws IllegalArgumentException if a record is not due under {@code trigger}, or already purged
     */
    public List<Purge> completeAll(List<InstallationRecord> records, Instant now, DeletionTrigger trigger,
                                   Map<ClientKey, Map<ItemKind, Long>> deletedBefore) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(deletedBefore, "deletedBefore");
        if (records.isEmpty()) {
            return List.of();
        }
        List<Transition.Applied> applied = new ArrayList<>();
        for (InstallationRecord record : records) {
            cause(record, now, trigger);
            if (!(record.purge() instanceof Transition.Applied purged)) {
                throw new IllegalArgumentException("tenant " + record.clientKey() + " is already purged");
            }
            applied.add(purged);
        }
        DeletionCause cause = cause(records.getFirst(), now, trigger);
        List<ClientKey> keys = records.stream().map(InstallationRecord::clientKey).toList();
        if (keys.stream().distinct().count() != keys.size()) {
            throw new IllegalArgumentException("a tenant appears twice among the purges to complete");
        }
        cipher.destroyKeys(keys);
        tenants.deleteAll(keys);
        List<Purge> purges = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            InstallationRecord record = records.get(i);
            Map<ItemKind, Long> before = deletedBefore.getOrDefault(record.clientKey(), Map.of());
            Deletion deletion = new Deletion(record.clientKey(), now,
                    List.of(new DeletedItem(StoredItem.installationOf(record).ref(), cause)));
            SignedReceipt receipt = receipts.issue(new IssueDeletionReceiptCommand(record.clientKey(), trigger,
                    Purge.totalCounts(deletion, before), record.markedAt(), record.purgeDeadline()));
            purges.add(new Purge(applied.get(i).after(), deletion, before, cause, receipt));
        }
        archive.keepAll(purges.stream().map(Purge::receipt).toList());
        audit.recordAll(purges.stream().map(purge -> auditCommand(trigger, purge)).toList());
        return List.copyOf(purges);
    }

    private static DeletionCause cause(InstallationRecord record, Instant now, DeletionTrigger trigger) {
        return switch (trigger) {
            case DeletionTrigger.UninstallGraceExpired expired -> {
                if (!record.isPurgeDue(now)) {
                    throw new IllegalArgumentException("tenant " + record.clientKey() + " is not due for purge at " + now);
                }
                yield DeletionCause.PURGE_DEADLINE;
            }
            case DeletionTrigger.EarlyDeletionRequest request -> DeletionCause.EARLY_DELETION;
        };
    }

    private static RecordAuditEntryCommand auditCommand(DeletionTrigger trigger, Purge purge) {
        String actor = switch (trigger) {
            case DeletionTrigger.UninstallGraceExpired expired -> "retention-sweep";
            case DeletionTrigger.EarlyDeletionRequest request -> "early-deletion";
        };
        return new RecordAuditEntryCommand(io.custodian.domain.audit.Actor.system(actor),
                new io.custodian.domain.audit.AuditAction("tenant.purge"),
                Optional.of(new AuditSubject("receipt", purge.receipt().receipt().id().toString())),
                Optional.of(purge.purged().clientKey()), Optional.empty(), Optional.empty(), AuditOutcome.SUCCEEDED);
    }

    /**
     * Completes the purge of a tenant whose items were partly deleted already, in earlier bounded batches of the
     * retention engine ({@code deletedBefore}, per kind): deletes whatever items remain, then the key and the
     * record, and issues the one receipt counting both. Runs inside the caller's transaction.
     */
    public Purge complete(InstallationRecord record, Instant now, DeletionTrigger trigger,
                          Map<ItemKind, Long> deletedBefore) {
        Objects.requireNonNull(deletedBefore, "deletedBefore");
        Objects.requireNonNull(now, "now");
        DeletionCause cause = cause(record, now, trigger);
        if (!(record.purge() instanceof Transition.Applied applied)) {
            throw new IllegalArgumentException("tenant " + record.clientKey() + " is already purged");
        }
        List<StoredItem> items = inventory.itemsOf(record.clientKey());
        expiredItems.delete(items.stream().map(StoredItem::ref).toList());
        cipher.destroyKey(record.clientKey());
        tenants.delete(record.clientKey());
        List<DeletedItem> deleted = new ArrayList<>();
        deleted.add(new DeletedItem(StoredItem.installationOf(record).ref(), cause));
        items.forEach(item -> deleted.add(new DeletedItem(item.ref(), cause)));
        Deletion deletion = new Deletion(record.clientKey(), now, deleted);
        SignedReceipt receipt = receipts.issue(new IssueDeletionReceiptCommand(record.clientKey(), trigger,
                Purge.totalCounts(deletion, deletedBefore), record.markedAt(), record.purgeDeadline()));
        archive.keep(receipt);
        Purge purge = new Purge(applied.after(), deletion, deletedBefore, cause, receipt);
        audit.record(auditCommand(trigger, purge));
        return purge;
    }
}
