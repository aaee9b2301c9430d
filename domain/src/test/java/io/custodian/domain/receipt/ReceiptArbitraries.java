package io.custodian.domain.receipt;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** jqwik generators of valid deletion receipts. */
public final class ReceiptArbitraries {

    private ReceiptArbitraries() {
    }

    private record Times(Optional<Instant> markedAt, Optional<Instant> deadline, Instant executedAt) {
    }

    public static Arbitrary<DeletionReceipt> receipts() {
        Arbitrary<ReceiptId> ids = Arbitraries.longs().tuple2().map(t -> new ReceiptId(new UUID(t.get1(), t.get2())));
        Arbitrary<TenantPseudonym> tenants = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64)
                .map(TenantPseudonym::new);
        Arbitrary<Map<ItemKind, Long>> counts = Arbitraries.maps(Arbitraries.of(ItemKind.class),
                Arbitraries.longs().between(0, 5_000_000)).ofMaxSize(ItemKind.values().length);
        Arbitrary<DeletionTrigger> triggers = Arbitraries.oneOf(
                Arbitraries.just(new DeletionTrigger.UninstallGraceExpired()),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-").ofMinLength(1).ofMaxLength(20)
                        .map(id -> new DeletionTrigger.EarlyDeletionRequest("R" + id)));
        Arbitrary<DataLocation> locations = Arbitraries.strings().withCharRange(' ', '~').withChars("éüßÅ東京")
                .ofMinLength(1).ofMaxLength(40).filter(name -> !name.isBlank()).map(DataLocation::new);
        return triggers.flatMap(trigger -> Combinators.combine(ids, tenants, counts, timesFor(trigger), locations)
                .as((id, tenant, perKind, times, location) -> DeletionReceipt.of(id, tenant, trigger, perKind,
                        times.markedAt(), times.deadline(), times.executedAt(), location)));
    }

    private static Arbitrary<Times> timesFor(DeletionTrigger trigger) {
        Arbitrary<Instant> instants = Combinators.combine(
                Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L),
                Arbitraries.integers().between(0, 999_999)).as((seconds, micros) ->
                Instant.ofEpochSecond(seconds).plusNanos(micros * 1_000L));
        Arbitrary<Duration> grace = Arbitraries.longs().between(0, Duration.ofDays(180).toSeconds())
                .map(Duration::ofSeconds);
        Arbitrary<Duration> later = Arbitraries.longs().between(0, Duration.ofDays(30).toSeconds())
                .map(Duration::ofSeconds);
        Arbitrary<Boolean> marked = switch (trigger) {
            case DeletionTrigger.UninstallGraceExpired expired -> Arbitraries.just(true);
            case DeletionTrigger.EarlyDeletionRequest request -> Arbitraries.of(true, false);
        };
        return Combinators.combine(marked, instants, grace, later).as((isMarked, mark, gracePeriod, delay) -> {
            if (!isMarked) {
                return new Times(Optional.empty(), Optional.empty(), mark.plus(delay));
            }
            Instant deadline = mark.plus(gracePeriod);
            Instant executed = switch (trigger) {
                case DeletionTrigger.UninstallGraceExpired expired -> deadline.plus(delay);
                case DeletionTrigger.EarlyDeletionRequest request -> mark.plus(delay);
            };
            return new Times(Optional.of(mark), Optional.of(deadline), executed);
        });
    }
}
