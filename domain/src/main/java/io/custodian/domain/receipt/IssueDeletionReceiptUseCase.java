package io.custodian.domain.receipt;

/**
 * In-port: "every purge produces a deletion receipt: what was deleted, per category, when, under which rule".
 * The caller (the purge) stores the signed receipt with the purge, in the same transaction.
 */
public interface IssueDeletionReceiptUseCase {

    /**
     * @throws IllegalArgumentException if the facts are inconsistent (see {@link DeletionReceipt}'s invariants)
     */
    SignedReceipt issue(IssueDeletionReceiptCommand command);
}
