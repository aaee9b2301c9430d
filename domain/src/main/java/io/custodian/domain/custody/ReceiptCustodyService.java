package io.custodian.domain.custody;

import io.custodian.domain.access.Decision;
import io.custodian.domain.access.StaffDirectory;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.receipt.VerifyReceiptCommand;
import io.custodian.domain.receipt.VerifyReceiptUseCase;
import io.custodian.domain.retention.ReceiptArchive;

import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link BrowseReceiptsUseCase} over the receipt archive and index; each receipt shown is verified on the way. */
public final class ReceiptCustodyService implements BrowseReceiptsUseCase {

    private final StaffDirectory staff;
    private final ReceiptIndex index;
    private final ReceiptArchive archive;
    private final VerifyReceiptUseCase verifier;
    private final ReceiptPublicKey publicKey;
    private final InstantSource clock;

    public ReceiptCustodyService(StaffDirectory staff, ReceiptIndex index, ReceiptArchive archive,
                                 VerifyReceiptUseCase verifier, ReceiptPublicKey publicKey, InstantSource clock) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.index = Objects.requireNonNull(index, "index");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CustodyOutcome<Page<SignedReceipt>> page(StaffId staffId, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return inService(staffId, () -> CustodyOutcome.shown(index.page(page)));
    }

    @Override
    public CustodyOutcome<ReceiptDocument> find(StaffId staffId, ReceiptId id) {
        Objects.requireNonNull(id, "id");
        return inService(staffId, () -> {
            Optional<SignedReceipt> signed = archive.find(id);
            return signed.<CustodyOutcome<ReceiptDocument>>map(receipt -> CustodyOutcome.shown(new ReceiptDocument(
                            receipt, verifier.verify(new VerifyReceiptCommand(receipt)))))
                    .orElseGet(() -> new CustodyOutcome.NotFound<>("no deletion receipt " + id));
        });
    }

    @Override
    public ReceiptPublicKey publicKey() {
        return publicKey;
    }

    private <T> CustodyOutcome<T> inService(StaffId staffId, Supplier<CustodyOutcome<T>> read) {
        Objects.requireNonNull(staffId, "staff");
        return switch (StaffStanding.inService(staff, staffId, clock.instant())) {
            case Decision.Refused refused -> CustodyOutcome.refused(refused);
            case Decision.Allowed allowed -> read.get();
        };
    }
}
