package io.custodian.domain.retention;

import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.TenantState;

import java.util.Objects;

/**
 * A tenant's purge: the record as it was at the purge (state PURGED, keeping its mark time and deadline if it had
 * them), every item deleted (the installation record included) and the signed receipt counting exactly those
 * items. The record itself is gone from the store; only the receipt remains.
 */
public record Purge(InstallationRecord purged, Deletion deletion, DeletionCause cause, SignedReceipt receipt) {

    public Purge {
        Objects.requireNonNull(purged, "purged");
        Objects.requireNonNull(deletion, "deletion");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(receipt, "receipt");
        if (purged.state() != TenantState.PURGED) {
            throw new IllegalArgumentException("a purge carries the PURGED record, not " + purged.state());
        }
        if (!deletion.tenant().equals(purged.clientKey())) {
            throw new IllegalArgumentException("a purge deletes the items of the purged tenant only");
        }
        if (!receipt.receipt().deletedPerKind().equals(deletion.countsByKind())) {
            throw new IllegalArgumentException("the receipt must count exactly the items the purge deleted");
        }
    }
}
