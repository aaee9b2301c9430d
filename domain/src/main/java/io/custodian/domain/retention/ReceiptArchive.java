package io.custodian.domain.retention;

import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.SignedReceipt;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Out-port: where signed deletion receipts are kept: after a purge, the receipt is all that remains of a tenant.
 * (The receipt package defines receipts and signing but, when this was written, no store; this minimal port lives
 * here until it has one.) The purge keeps its receipt in the same transaction that deletes the data.
 */
public interface ReceiptArchive {

    /** Keeps the receipt; keeping one with an id already kept is a programming error. */
    void keep(SignedReceipt receipt);

    /** Keeps every receipt, as {@link #keep} does for each (one statement in the adapter). */
    default void keepAll(Collection<SignedReceipt> receipts) {
        receipts.forEach(this::keep);
    }

    Optional<SignedReceipt> find(ReceiptId id);

    /** Every kept receipt, oldest execution first. */
    List<SignedReceipt> all();
}
