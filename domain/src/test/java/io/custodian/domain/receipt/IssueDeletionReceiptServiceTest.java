package io.custodian.domain.receipt;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.custodian.domain.receipt.ReceiptFixtures.DEADLINE;
import static io.custodian.domain.receipt.ReceiptFixtures.MARKED_AT;
import static io.custodian.domain.receipt.ReceiptFixtures.ROUBAIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueDeletionReceiptServiceTest {

    private static final Instant NOW = DEADLINE.plusSeconds(90);
    private static final ClientKey CLIENT = new ClientKey("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final ReceiptId RECEIPT_ID = new ReceiptId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));

    private final SigningPair keys = TestReceiptKeys.newSigningPair("receipts-test");
    private final IssueDeletionReceiptService service = new IssueDeletionReceiptService(TestPseudonymisers.fixed(),
            keys.signer(), InstantSource.fixed(NOW), ROUBAIX, () -> RECEIPT_ID);

    private final IssueDeletionReceiptCommand purge = new IssueDeletionReceiptCommand(CLIENT,
            new DeletionTrigger.UninstallGraceExpired(),
            Map.of(ItemKind.INSTALLATION_RECORD, 1L, ItemKind.SYNC_RELATION, 4L, ItemKind.FIELD_TRACE, 80L),
            Optional.of(MARKED_AT), Optional.of(DEADLINE));

    @Test
    void the_receipt_names_the_pseudonymised_tenant_the_counts_the_rule_the_times_and_the_location() {
        DeletionReceipt receipt = service.issue(purge).receipt();

        assertThat(receipt).isEqualTo(new DeletionReceipt(RECEIPT_ID, TestPseudonymisers.fixed().pseudonymise(CLIENT),
                new DeletionTrigger.UninstallGraceExpired(),
                Map.of(Category.ACCOUNT, 1L, Category.OPERATION, 84L),
                Map.of(ItemKind.INSTALLATION_RECORD, 1L, ItemKind.SYNC_RELATION, 4L, ItemKind.FIELD_TRACE, 80L),
                Optional.of(MARKED_AT), Optional.of(DEADLINE), NOW, ROUBAIX));
    }

    @Test
    void the_issued_receipt_is_signed_and_verifies() {
        SignedReceipt signed = service.issue(purge);

        assertThat(signed.signature().keyId()).isEqualTo("receipts-test");
        assertThat(keys.verifier().verify(ReceiptCanonicalForm.of(signed.receipt()), signed.signature()))
                .isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void the_receipt_never_holds_the_client_key_in_clear() {
        SignedReceipt signed = service.issue(purge);

        assertThat(ReceiptCanonicalForm.asText(signed.receipt())).doesNotContain(CLIENT.value());
        assertThat(signed.toString()).doesNotContain(CLIENT.value());
    }

    @Test
    void inconsistent_facts_are_rejected_rather_than_signed() {
        IssueDeletionReceiptCommand tooEarly = new IssueDeletionReceiptCommand(CLIENT,
                new DeletionTrigger.UninstallGraceExpired(), Map.of(), Optional.of(MARKED_AT),
                Optional.of(NOW.plusSeconds(3600)));

        assertThatThrownBy(() -> service.issue(tooEarly)).isInstanceOf(IllegalArgumentException.class);
    }
}
