package io.custodian.domain.audit;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCanonicalFormTest {

    @Test
    void the_canonical_form_of_an_entry_is_exactly_the_documented_text() {
        AuditEntry entry = AuditChain.append(Optional.empty(), AuditDrafts.refusedRead(0));

        assertThat(AuditCanonicalForm.asText(entry)).isEqualTo("""
                custodian-audit-entry/v1
                sequence:1:1
                previous-hash:64:0000000000000000000000000000000000000000000000000000000000000000
                actor-kind:5:staff
                actor-id:36:3f2a9c1e-5b7d-4e8f-a1c3-9d0e2f4b6a81
                action:16:tenant-data.read
                subject-type:-
                subject-id:-
                tenant:64:5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e
                category:7:SUPPORT
                purpose-kind:6:reason
                purpose:34:Prüfung für Kunde — 確認 ✓
                at:27:2026-03-01T10:00:00.123456Z
                outcome:7:REFUSED
                outcome-reason:54:SUPPORT_TICKET_REQUIRED: tenant is marked for deletion
                """);
    }

    @Test
    void the_hash_is_the_sha256_of_the_canonical_form_in_lower_case_hex() {
        // computed independently: sha256 of the text above (python hashlib)
        AuditEntry entry = AuditChain.append(Optional.empty(), AuditDrafts.refusedRead(0));

        assertThat(entry.hash().hex()).isEqualTo("964ee491a9f77fecb98ec309a4379572e0c97665be01c192504e70d77741ee0d");
    }

    @Test
    void a_system_action_names_the_actor_kind_and_the_subject() {
        AuditEntry entry = AuditChain.append(Optional.empty(), AuditDrafts.systemPurge(0));

        assertThat(AuditCanonicalForm.asText(entry))
                .contains("\nactor-kind:6:system\nactor-id:15:retention-sweep\n")
                .contains("\nsubject-type:7:receipt\nsubject-id:36:6f1c3e0a-8a4b-4e9f-9d52-0c8a3c1e7b21\n")
                .contains("\ncategory:-\npurpose-kind:-\npurpose:-\n")
                .endsWith("\noutcome:9:SUCCEEDED\noutcome-reason:-\n");
    }

    @Test
    void a_support_ticket_purpose_is_told_apart_from_a_reason_with_the_same_text() {
        AuditDraft ticket = AuditDrafts.staffRead(0);
        AuditDraft reason = new AuditDraft(ticket.actor(), ticket.action(), ticket.subject(), ticket.tenant(),
                ticket.category(), Optional.of(new io.custodian.domain.access.Purpose.FreeText("SUP-1042")),
                ticket.at(), ticket.outcome());

        assertThat(AuditChain.hashOf(1, ticket, AuditHash.GENESIS))
                .isNotEqualTo(AuditChain.hashOf(1, reason, AuditHash.GENESIS));
    }
}
