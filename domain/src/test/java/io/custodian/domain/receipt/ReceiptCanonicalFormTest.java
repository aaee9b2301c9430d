package io.custodian.domain.receipt;

import io.custodian.domain.datamap.ItemKind;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static io.custodian.domain.receipt.ReceiptFixtures.EXECUTED_AT;
import static io.custodian.domain.receipt.ReceiptFixtures.ROUBAIX;
import static io.custodian.domain.receipt.ReceiptFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class ReceiptCanonicalFormTest {

    @Test
    void the_canonical_form_of_a_grace_expired_purge_is_exactly_the_documented_text() {
        assertThat(ReceiptCanonicalForm.asText(ReceiptFixtures.graceExpiredReceipt())).isEqualTo("""
                custodian-deletion-receipt/v1
                receipt-id:36:6f1c3e0a-8a4b-4e9f-9d52-0c8a3c1e7b21
                tenant:64:abababababababababababababababababababababababababababababababab
                trigger:23:UNINSTALL_GRACE_EXPIRED
                trigger-reference:-
                deleted-per-category:43:ACCOUNT=1,CUSTOMER_UPLOADED=3,OPERATION=360
                deleted-per-kind:84:CONFIGURATION_DOCUMENT=3,INSTALLATION_RECORD=1,ISSUE_VERSION_COPY=240,TWIN_TRACE=120
                marked-at:20:2025-09-02T08:30:00Z
                deadline:20:2026-03-01T08:30:00Z
                executed-at:24:2026-03-01T08:31:15.250Z
                location:15:Roubaix, France
                """);
    }

    @Test
    void the_canonical_form_of_an_early_deletion_names_the_request_and_marks_absent_times() {
        assertThat(ReceiptCanonicalForm.asText(ReceiptFixtures.earlyDeletionReceipt())).isEqualTo("""
                custodian-deletion-receipt/v1
                receipt-id:36:0b5e2d44-1f3a-4c6b-8e7d-2a9f4b3c5d61
                tenant:64:abababababababababababababababababababababababababababababababab
                trigger:22:EARLY_DELETION_REQUEST
                trigger-reference:6:EDR-17
                deleted-per-category:9:SUPPORT=4
                deleted-per-kind:33:SUPPORT_BUNDLE=2,SUPPORT_TICKET=2
                marked-at:-
                deadline:-
                executed-at:24:2026-03-01T08:31:15.250Z
                location:15:Roubaix, France
                """);
    }

    @Test
    void the_canonical_form_does_not_depend_on_the_order_counts_were_given_in() {
        Map<ItemKind, Long> oneOrder = new LinkedHashMap<>();
        oneOrder.put(ItemKind.USAGE_EVENT, 5L);
        oneOrder.put(ItemKind.FIELD_TRACE, 7L);
        Map<ItemKind, Long> otherOrder = new LinkedHashMap<>();
        otherOrder.put(ItemKind.FIELD_TRACE, 7L);
        otherOrder.put(ItemKind.USAGE_EVENT, 5L);
        ReceiptId id = ReceiptFixtures.earlyDeletionReceipt().id();
        DeletionTrigger trigger = new DeletionTrigger.EarlyDeletionRequest("EDR-1");

        assertThat(ReceiptCanonicalForm.of(DeletionReceipt.of(id, TENANT, trigger, oneOrder, Optional.empty(),
                Optional.empty(), EXECUTED_AT, ROUBAIX)))
                .isEqualTo(ReceiptCanonicalForm.of(DeletionReceipt.of(id, TENANT, trigger, otherOrder,
                        Optional.empty(), Optional.empty(), EXECUTED_AT, ROUBAIX)));
    }

    @Test
    void a_receipt_with_nothing_deleted_writes_empty_count_lists() {
        DeletionReceipt empty = DeletionReceipt.of(ReceiptFixtures.earlyDeletionReceipt().id(), TENANT,
                new DeletionTrigger.EarlyDeletionRequest("EDR-2"), Map.of(), Optional.empty(), Optional.empty(),
                EXECUTED_AT, ROUBAIX);

        assertThat(ReceiptCanonicalForm.asText(empty))
                .contains("\ndeleted-per-category:0:\n")
                .contains("\ndeleted-per-kind:0:\n");
    }
}
