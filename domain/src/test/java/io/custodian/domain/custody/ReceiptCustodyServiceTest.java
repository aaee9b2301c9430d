package io.custodian.domain.custody;

import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.deletion.ApproveEarlyDeletionCommand;
import io.custodian.domain.deletion.CustomerReference;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.EarlyDeletionOutcome;
import io.custodian.domain.deletion.ExecuteEarlyDeletionCommand;
import io.custodian.domain.deletion.RequestEarlyDeletionCommand;
import io.custodian.domain.receipt.ReceiptCanonicalForm;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.ReceiptVerification;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptCustodyServiceTest {

    private final CustodyQueriesFixture fixture = new CustodyQueriesFixture();
    private SignedReceipt receipt;

    @BeforeEach
    void purgeAcmeEarly() {
        fixture.custody.install("acme");
        var custody = fixture.custody;
        DeletionRequest request = ((EarlyDeletionOutcome.Accepted) custody.earlyDeletion.request(
                new RequestEarlyDeletionCommand(custody.supportEngineer.id(), new ClientKey("acme"),
                        new CustomerReference("SUP-7")))).request();
        custody.earlyDeletion.approve(new ApproveEarlyDeletionCommand(custody.privacyOfficer.id(), request.id()));
        receipt = ((EarlyDeletionOutcome.Executed) custody.earlyDeletion.execute(
                new ExecuteEarlyDeletionCommand(custody.supportEngineer.id(), request.id()))).receipt();
    }

    @Test
    void a_receipt_is_shown_with_its_canonical_form_and_a_valid_signature() {
        ReceiptDocument document = ((CustodyOutcome.Shown<ReceiptDocument>) fixture.receipts.find(
                fixture.developer.id(), receipt.receipt().id())).value();

        assertThat(document.signed()).isEqualTo(receipt);
        assertThat(document.canonicalForm()).isEqualTo(ReceiptCanonicalForm.of(receipt.receipt()));
        assertThat(document.canonicalText()).startsWith(ReceiptCanonicalForm.FORMAT_ID + "\n");
        assertThat(document.verification()).isInstanceOf(ReceiptVerification.Valid.class);
    }

    @Test
    void receipts_are_paged_and_unknown_ones_are_not_found() {
        Page<SignedReceipt> page = ((CustodyOutcome.Shown<Page<SignedReceipt>>) fixture.receipts.page(
                fixture.custody.privacyOfficer.id(), PageRequest.first(10))).value();

        assertThat(page.items()).containsExactly(receipt);
        assertThat(fixture.receipts.find(fixture.developer.id(), new ReceiptId(UUID.randomUUID())))
                .isInstanceOf(CustodyOutcome.NotFound.class);
    }

    @Test
    void staff_out_of_service_see_no_receipt_but_anyone_gets_the_public_key() {
        assertThat(fixture.receipts.find(fixture.disabled.id(), receipt.receipt().id())).isInstanceOfSatisfying(
                CustodyOutcome.Refused.class,
                refused -> assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.STAFF_INACTIVE));
        assertThat(fixture.receipts.publicKey().pem()).startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
    }
}
