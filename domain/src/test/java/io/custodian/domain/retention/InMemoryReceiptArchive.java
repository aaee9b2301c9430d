package io.custodian.domain.retention;

import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.SignedReceipt;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fake {@link ReceiptArchive}. */
public final class InMemoryReceiptArchive implements ReceiptArchive {

    private final Map<ReceiptId, SignedReceipt> receipts = new LinkedHashMap<>();

    @Override
    public synchronized void keep(SignedReceipt receipt) {
        if (receipts.putIfAbsent(receipt.receipt().id(), receipt) != null) {
            throw new IllegalArgumentException("receipt " + receipt.receipt().id() + " is already kept");
        }
    }

    @Override
    public synchronized Optional<SignedReceipt> find(ReceiptId id) {
        return Optional.ofNullable(receipts.get(id));
    }

    @Override
    public synchronized List<SignedReceipt> all() {
        return receipts.values().stream()
                .sorted(Comparator.comparing((SignedReceipt signed) -> signed.receipt().executedAt())
                        .thenComparing(signed -> signed.receipt().id().toString()))
                .toList();
    }
}
