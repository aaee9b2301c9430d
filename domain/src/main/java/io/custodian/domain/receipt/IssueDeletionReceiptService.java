package io.custodian.domain.receipt;

import io.custodian.domain.location.DataLocation;

import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Supplier;

/** Builds the receipt (pseudonymised tenant, execution time now, this deployment's location) and signs it. */
public final class IssueDeletionReceiptService implements IssueDeletionReceiptUseCase {

    private final TenantPseudonymiser pseudonymiser;
    private final ReceiptSigner signer;
    private final InstantSource clock;
    private final DataLocation deploymentLocation;
    private final Supplier<ReceiptId> newReceiptIds;

    public IssueDeletionReceiptService(TenantPseudonymiser pseudonymiser, ReceiptSigner signer, InstantSource clock,
            DataLocation deploymentLocation, Supplier<ReceiptId> newReceiptIds) {
        this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
        this.newReceiptIds = Objects.requireNonNull(newReceiptIds, "newReceiptIds");
    }

    @Override
    public SignedReceipt issue(IssueDeletionReceiptCommand command) {
        DeletionReceipt receipt = DeletionReceipt.of(newReceiptIds.get(), pseudonymiser.pseudonymise(command.tenant()),
                command.trigger(), command.deletedPerKind(), command.markedAt(), command.deadline(), clock.instant(),
                deploymentLocation);
        return SignedReceipt.sign(receipt, signer);
    }
}
