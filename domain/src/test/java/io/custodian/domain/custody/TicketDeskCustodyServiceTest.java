package io.custodian.domain.custody;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.support.DownloadBundleUseCase;
import io.custodian.domain.support.PurgedDownloadsQuery;
import io.custodian.domain.support.TicketId;
import io.custodian.domain.support.TicketStatus;
import io.custodian.domain.support.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TicketDeskCustodyServiceTest {

    private static final Optional<Purpose> TICKET = Optional.of(new Purpose.SupportTicket("T-1"));

    private final CustodyQueriesFixture fixture = new CustodyQueriesFixture();
    private TicketId ticket;

    @BeforeEach
    void reportAProblem() {
        fixture.custody.install("acme");
        ticket = fixture.report("acme", "Sync stopped");
        fixture.observed.clear();
    }

    private List<AuditEntry> audit() {
        return fixture.audit();
    }

    @Test
    void a_ticket_is_read_with_a_purpose_and_the_read_is_audited_as_support_data() {
        var outcome = fixture.ticketDesk.view(new TicketReadQuery(fixture.custody.supportEngineer.id(), ticket, TICKET));

        TicketView view = ((CustodyOutcome.Shown<TicketView>) outcome).value();
        assertThat(view.report().summary()).isEqualTo("Sync stopped");
        assertThat(audit().getLast().content()).satisfies(entry -> {
            assertThat(entry.action().code()).isEqualTo("tenant-data.read");
            assertThat(entry.category()).contains(io.custodian.domain.datamap.Category.SUPPORT);
            assertThat(entry.outcome().code()).isEqualTo("ALLOWED");
        });
    }

    @Test
    void without_a_purpose_a_ticket_is_refused_whether_it_exists_or_not() {
        var known = fixture.ticketDesk.view(new TicketReadQuery(fixture.developer.id(), ticket, Optional.empty()));
        var unknown = fixture.ticketDesk.view(new TicketReadQuery(fixture.developer.id(), new TicketId("T-99"),
                Optional.empty()));
        var unknownWithPurpose = fixture.ticketDesk.view(new TicketReadQuery(fixture.developer.id(),
                new TicketId("T-99"), TICKET));

        assertThat(List.of(known, unknown)).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(CustodyOutcome.Refused.class, refused ->
                        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.PURPOSE_MISSING)));
        assertThat(unknownWithPurpose).isInstanceOf(CustodyOutcome.NotFound.class);
        assertThat(audit()).hasSize(2).allSatisfy(entry -> assertThat(entry.content().outcome().code())
                .isEqualTo("REFUSED"));
    }

    @Test
    void a_bundle_fetch_records_the_download_and_audits_it_in_the_same_transaction() {
        var outcome = fixture.ticketDesk.fetch(new TicketReadQuery(fixture.custody.supportEngineer.id(), ticket, TICKET));

        var downloaded = ((CustodyOutcome.Shown<DownloadBundleUseCase.Downloaded>) outcome).value();
        assertThat(downloaded.bundle().bytes()).isNotEmpty();
        // the desk's own units of work nest in this one (with the jOOQ adapter: savepoints of one transaction)
        assertThat(fixture.observed).hasSize(2).allSatisfy(where -> assertThat(where).contains(" inside#"));
        assertThat(fixture.custody.transactions.inside()).isFalse();
        assertThat(audit()).extracting(entry -> entry.content().action().code())
                .containsExactly("tenant-data.read", "support-bundle.download");
        assertThat(audit().getLast().content().subject()).hasValueSatisfying(subject ->
                assertThat(subject.id()).isEqualTo(downloaded.download().id().toString()));
        assertThat(fixture.bundles.purged(PurgedDownloadsQuery.of(fixture.custody.supportEngineer.id()))).isEmpty();
    }

    @Test
    void a_privacy_officer_outside_support_and_development_neither_lists_nor_reads_nor_resolves() {
        var officer = fixture.custody.privacyOfficer.id();

        var list = fixture.ticketDesk.list(new ListTicketQueueQuery(officer, Optional.empty(), Optional.empty(),
                PageRequest.first(10)));
        var read = fixture.ticketDesk.fetch(new TicketReadQuery(officer, ticket, TICKET));
        var resolve = fixture.ticketDesk.resolve(officer, ticket);

        assertThat(List.of(list, read, resolve)).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfSatisfying(CustodyOutcome.Refused.class, refused ->
                        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.TEAM_NOT_AUTHORISED)));
        assertThat(audit()).extracting(entry -> entry.content().action().code() + " " + entry.content().outcome().code())
                .containsExactly("support-ticket.list REFUSED", "tenant-data.read REFUSED",
                        "support-ticket.resolve REFUSED");
    }

    @Test
    void the_queue_is_paged_by_walking_the_desk_and_filtered_by_status() {
        for (int i = 2; i <= 5; i++) {
            fixture.custody.clock.advance(java.time.Duration.ofMinutes(1));
            fixture.report("acme", "Problem " + i);
        }
        fixture.ticketDesk.resolve(fixture.developer.id(), new TicketId("T-2"));

        Page<TicketView> second = shown(fixture.ticketDesk.list(new ListTicketQueueQuery(fixture.developer.id(),
                Optional.empty(), Optional.empty(), new PageRequest(1, 2))));
        Page<TicketView> beyond = shown(fixture.ticketDesk.list(new ListTicketQueueQuery(fixture.developer.id(),
                Optional.empty(), Optional.empty(), new PageRequest(5, 2))));
        Page<TicketView> open = shown(fixture.ticketDesk.list(new ListTicketQueueQuery(fixture.developer.id(),
                Optional.of(TicketStatus.OPEN), Optional.empty(), PageRequest.first(10))));

        assertThat(second.items()).extracting(view -> view.id().value()).containsExactly("T-3", "T-4");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.hasNext()).isTrue();
        assertThat(beyond.items()).isEmpty();
        assertThat(open.items()).extracting(view -> view.id().value()).containsExactly("T-1", "T-3", "T-4", "T-5");
    }

    @Test
    void resolving_is_done_by_the_desk_and_unknown_tickets_are_not_found() {
        var resolved = fixture.ticketDesk.resolve(fixture.developer.id(), ticket);
        var unknown = fixture.ticketDesk.resolve(fixture.developer.id(), new TicketId("T-99"));

        assertThat(((CustodyOutcome.Shown<TicketView>) resolved).value().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(unknown).isInstanceOf(CustodyOutcome.NotFound.class);
        assertThat(audit()).extracting(entry -> entry.content().action().code()).contains("support-ticket.resolve");
    }

    private static Page<TicketView> shown(CustodyOutcome<Page<TicketView>> outcome) {
        return ((CustodyOutcome.Shown<Page<TicketView>>) outcome).value();
    }
}
