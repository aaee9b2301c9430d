package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.TenantPseudonym;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** jqwik generators of audit drafts and genuine chains. */
public final class AuditArbitraries {

    private AuditArbitraries() {
    }

    /** Text without control characters or unpaired surrogates, in several scripts. */
    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withChars("—✓確認東京Ωж").ofMinLength(1).ofMaxLength(maxLength).filter(s -> !s.isBlank());
    }

    public static Arbitrary<AuditDraft> drafts() {
        Arbitrary<Actor> actors = Arbitraries.oneOf(
                Arbitraries.longs().tuple2().map(t -> Actor.staff(new StaffId(new UUID(t.get1(), t.get2())))),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20).map(Actor::system));
        Arbitrary<AuditAction> actions = Arbitraries.of("tenant-data.read", "staff.add", "staff.disable",
                "tenant.purge", "bundle.download").map(AuditAction::new);
        Arbitrary<Optional<AuditSubject>> subjects = Combinators.combine(Arbitraries.of("staff", "receipt", "ticket"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(36))
                .as(AuditSubject::new).optional(0.3);
        Arbitrary<Optional<TenantPseudonym>> tenants = Arbitraries.strings().withChars("0123456789abcdef")
                .ofLength(64).map(TenantPseudonym::new).optional(0.7);
        Arbitrary<Optional<Category>> categories = Arbitraries.of(Category.class).optional(0.7);
        Arbitrary<Optional<Purpose>> purposes = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars("-").ofMinLength(1).ofMaxLength(20)
                        .map(ref -> (Purpose) new Purpose.SupportTicket("T" + ref)),
                text(120).map(reason -> (Purpose) new Purpose.FreeText(reason))).optional(0.7);
        Arbitrary<Instant> instants = Combinators.combine(Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L),
                Arbitraries.integers().between(0, 999_999))
                .as((seconds, micros) -> Instant.ofEpochSecond(seconds).plusNanos(micros * 1_000L));
        Arbitrary<AuditOutcome> outcomes = Arbitraries.oneOf(
                Arbitraries.just(AuditOutcome.ALLOWED),
                Arbitraries.just(AuditOutcome.SUCCEEDED),
                text(80).map(AuditOutcome.Refused::new),
                text(80).map(AuditOutcome.Failed::new));
        return Combinators.combine(actors, actions, subjects, tenants, categories, purposes, instants, outcomes)
                .as(AuditDraft::new);
    }

    /** Genuine chains of 1 to {@code maxLength} entries. */
    public static Arbitrary<List<AuditEntry>> chains(int maxLength) {
        return drafts().list().ofMinSize(1).ofMaxSize(maxLength).map(AuditArbitraries::chainOf);
    }

    public static List<AuditEntry> chainOf(List<AuditDraft> drafts) {
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditDraft draft : drafts) {
            entries.add(AuditChain.append(entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast()),
                    draft));
        }
        return List.copyOf(entries);
    }
}
