package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.TestPseudonymisers;
import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.654321987Z");
    private static final ClientKey CLIENT = new ClientKey("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final RecordAuditEntryService record =
            new RecordAuditEntryService(trail, TestPseudonymisers.fixed(), InstantSource.fixed(NOW));
    private final VerifyAuditChainService verify = new VerifyAuditChainService(trail);
    private final ReadAuditLogService read = new ReadAuditLogService(trail);

    private AuditEntry recordPurge() {
        return record.record(RecordAuditEntryCommand.systemAction("retention-sweep", "tenant.purge", CLIENT,
                AuditOutcome.SUCCEEDED));
    }

    @Test
    void recording_stamps_the_clock_pseudonymises_the_tenant_and_appends() {
        AuditEntry entry = record.record(new RecordAuditEntryCommand(Actor.staff(AuditDrafts.ALICE),
                new AuditAction("bundle.download"), Optional.of(new AuditSubject("ticket", "SUP-5")),
                Optional.of(CLIENT), Optional.of(Category.SUPPORT), Optional.of(new Purpose.SupportTicket("SUP-5")),
                AuditOutcome.SUCCEEDED));

        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(entry.content().at()).isEqualTo(Instant.parse("2026-03-01T10:00:00.654321Z"));
        assertThat(entry.content().tenant()).contains(TestPseudonymisers.fixed().pseudonymise(CLIENT));
        assertThat(trail.head()).contains(entry);
    }

    @Test
    void the_client_key_never_appears_in_the_recorded_entry() {
        AuditEntry entry = recordPurge();

        assertThat(AuditCanonicalForm.asText(entry)).doesNotContain(CLIENT.value());
        assertThat(entry.toString()).doesNotContain(CLIENT.value());
    }

    @Test
    void verifying_an_untouched_trail_reports_it_intact() {
        recordPurge();
        AuditEntry head = recordPurge();

        assertThat(verify.verify(VerifyAuditChainCommand.withoutAnchors()))
                .isEqualTo(new ChainVerification.Intact(2, head.hash()));
    }

    @Test
    void verifying_a_trail_edited_in_storage_reports_where() {
        recordPurge();
        recordPurge();
        recordPurge();
        trail.tamper(entries -> {
            AuditEntry second = entries.get(1);
            AuditDraft content = second.content();
            entries.set(1, new AuditEntry(2, new AuditDraft(content.actor(), content.action(), content.subject(),
                    content.tenant(), content.category(), content.purpose(), content.at(),
                    new AuditOutcome.Failed("never happened")), second.previousHash(), second.hash()));
            return entries;
        });

        assertThat(verify.verify(VerifyAuditChainCommand.withoutAnchors()))
                .isInstanceOfSatisfying(ChainVerification.Broken.class,
                        broken -> assertThat(broken.atSequence()).isEqualTo(2));
    }

    @Test
    void verifying_against_an_anchor_catches_entries_cut_from_the_end() {
        recordPurge();
        AuditEntry head = recordPurge();
        trail.tamper(entries -> entries.subList(0, 1));

        assertThat(verify.verify(new VerifyAuditChainCommand(List.of(ChainAnchor.of(head)))))
                .isInstanceOfSatisfying(ChainVerification.Broken.class,
                        broken -> assertThat(broken.atSequence()).isEqualTo(2));
    }

    @Test
    void reading_pages_through_the_log_in_order() {
        AuditEntry first = recordPurge();
        AuditEntry second = recordPurge();
        AuditEntry third = recordPurge();

        assertThat(read.page(new AuditPageQuery(0, 2))).containsExactly(first, second);
        assertThat(read.page(new AuditPageQuery(2, 2))).containsExactly(third);
    }
}
