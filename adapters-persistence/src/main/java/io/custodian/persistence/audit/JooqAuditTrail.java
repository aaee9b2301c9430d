package io.custodian.persistence.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.audit.AuditAction;
import io.custodian.domain.audit.AuditChain;
import io.custodian.domain.audit.AuditDraft;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.AuditHash;
import io.custodian.domain.audit.AuditOutcome;
import io.custodian.domain.audit.AuditPageQuery;
import io.custodian.domain.audit.AuditSubject;
import io.custodian.domain.audit.AuditTrail;
import io.custodian.domain.datamap.Category;
import io.custodian.domain.receipt.TenantPseudonym;
import io.custodian.persistence.DatabaseTime;
import io.custodian.persistence.jooq.tables.records.AuditEntryRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static io.custodian.persistence.jooq.Tables.AUDIT_ENTRY;

/**
 * {@link AuditTrail} on the {@code audit_entry} table. {@link #append} takes the transaction-level advisory lock
 * {@link #APPEND_LOCK_KEY} inside the caller's transaction (or its own), reads the head and inserts the next entry:
 * appends from any number of threads and processes sharing the database are serialised, so the chain never forks.
 * The lock is held until the transaction that appended commits, so audited transactions should stay short, and
 * should take no row lock after appending that another auditing transaction might hold (lock order: rows first,
 * audit last). Rows are never updated or deleted (a trigger refuses it).
 */
public final class JooqAuditTrail implements AuditTrail {

    /** The advisory lock key serialising appends: ASCII "cust-aud". */
    public static final long APPEND_LOCK_KEY = 0x637573742d617564L;
    /** Entries read per query by {@link #streamAll()}. */
    static final int STREAM_PAGE_SIZE = 500;

    private final DSLContext dsl;
    private final int streamPageSize;

    public JooqAuditTrail(DSLContext dsl) {
        this(dsl, STREAM_PAGE_SIZE);
    }

    JooqAuditTrail(DSLContext dsl, int streamPageSize) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.streamPageSize = new AuditPageQuery(0, streamPageSize).limit();
    }

    @Override
    public AuditEntry append(AuditDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return dsl.transactionResult(() -> { // no-arg lambda: joins the thread's transaction as a savepoint
            dsl.select(DSL.function(DSL.name("pg_advisory_xact_lock"), SQLDataType.OTHER,
                    DSL.val(APPEND_LOCK_KEY, SQLDataType.BIGINT))).fetch();
            AuditEntry entry = AuditChain.append(head(dsl), draft);
            dsl.insertInto(AUDIT_ENTRY).set(toRow(dsl, entry)).execute();
            return entry;
        });
    }

    @Override
    public List<AuditEntry> appendAll(List<AuditDraft> drafts) {
        Objects.requireNonNull(drafts, "drafts");
        if (drafts.isEmpty()) {
            return List.of();
        }
        return dsl.transactionResult(() -> { // no-arg lambda: joins the thread's transaction as a savepoint
            dsl.select(DSL.function(DSL.name("pg_advisory_xact_lock"), SQLDataType.OTHER,
                    DSL.val(APPEND_LOCK_KEY, SQLDataType.BIGINT))).fetch();
            List<AuditEntry> entries = new java.util.ArrayList<>(drafts.size());
            Optional<AuditEntry> head = head(dsl);
            for (AuditDraft draft : drafts) {
                AuditEntry entry = AuditChain.append(head, Objects.requireNonNull(draft, "draft"));
                entries.add(entry);
                head = Optional.of(entry);
            }
            var insert = dsl.insertInto(AUDIT_ENTRY).set(toRow(dsl, entries.getFirst()));
            for (AuditEntry entry : entries.subList(1, entries.size())) {
                insert = insert.newRecord().set(toRow(dsl, entry));
            }
            insert.execute();
            return List.copyOf(entries);
        });
    }

    @Override
    public Optional<AuditEntry> head() {
        return head(dsl);
    }

    @Override
    public List<AuditEntry> page(AuditPageQuery query) {
        Objects.requireNonNull(query, "query");
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SEQUENCE.gt(query.afterSequence()))
                .orderBy(AUDIT_ENTRY.SEQUENCE)
                .limit(query.limit())
                .fetch(JooqAuditTrail::toDomain);
    }

    /**
     * Every entry in sequence order, read {@value #STREAM_PAGE_SIZE} at a time by sequence number as the stream is
     * consumed: no connection is held between pages and memory stays bounded however long the chain is. Entries
     * appended while the stream is read may or may not be included.
     */
    @Override
    public Stream<AuditEntry> streamAll() {
        Iterator<AuditEntry> pages = new Iterator<>() {
            private List<AuditEntry> page = List.of();
            private int next;
            private long afterSequence;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                page = page(new AuditPageQuery(afterSequence, streamPageSize));
                next = 0;
                exhausted = page.size() < streamPageSize;
                if (!page.isEmpty()) {
                    afterSequence = page.getLast().sequence();
                }
                return !page.isEmpty();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    private static Optional<AuditEntry> head(DSLContext dsl) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.SEQUENCE.desc())
                .limit(1)
                .fetchOptional()
                .map(JooqAuditTrail::toDomain);
    }

    private static AuditEntryRecord toRow(DSLContext dsl, AuditEntry entry) {
        AuditDraft content = entry.content();
        Optional<Purpose> purpose = content.purpose();
        return dsl.newRecord(AUDIT_ENTRY)
                .setSequence(entry.sequence())
                .setPreviousHash(entry.previousHash().hex())
                .setHash(entry.hash().hex())
                .setActorKind(content.actor().kind())
                .setActorId(content.actor().id())
                .setAction(content.action().code())
                .setSubjectType(content.subject().map(AuditSubject::type).orElse(null))
                .setSubjectId(content.subject().map(AuditSubject::id).orElse(null))
                .setTenantPseudonym(content.tenant().map(TenantPseudonym::value).orElse(null))
                .setCategory(content.category().map(Enum::name).orElse(null))
                .setPurposeKind(purpose.map(Purpose::kind).orElse(null))
                .setPurpose(purpose.map(Purpose::text).orElse(null))
                .setOccurredAt(DatabaseTime.utc(content.at()))
                .setOutcome(content.outcome().code())
                .setOutcomeReason(content.outcome().reason().orElse(null));
    }

    /** The entry a row holds, as stored (hashes are not checked here: {@code AuditChain.verify} does that). */
    public static AuditEntry toDomain(AuditEntryRecord row) {
        Actor actor = switch (row.getActorKind()) {
            case "staff" -> Actor.staff(StaffId.parse(row.getActorId()));
            case "system" -> Actor.system(row.getActorId());
            default -> throw new IllegalStateException("audit entry " + row.getSequence() + " has an unknown actor kind");
        };
        Optional<AuditSubject> subject = Optional.ofNullable(row.getSubjectType())
                .map(type -> new AuditSubject(type, row.getSubjectId()));
        Optional<Purpose> purpose = Optional.ofNullable(row.getPurposeKind()).map(kind -> Purpose.of(kind,
                row.getPurpose()).orElseThrow(() -> new IllegalStateException(
                "audit entry " + row.getSequence() + " has an unknown purpose kind")));
        AuditOutcome outcome = switch (row.getOutcome()) {
            case "ALLOWED" -> AuditOutcome.ALLOWED;
            case "SUCCEEDED" -> AuditOutcome.SUCCEEDED;
            case "REFUSED" -> new AuditOutcome.Refused(row.getOutcomeReason());
            case "FAILED" -> new AuditOutcome.Failed(row.getOutcomeReason());
            default -> throw new IllegalStateException("audit entry " + row.getSequence() + " has an unknown outcome");
        };
        AuditDraft content = new AuditDraft(actor, new AuditAction(row.getAction()), subject,
                Optional.ofNullable(row.getTenantPseudonym()).map(TenantPseudonym::new),
                Optional.ofNullable(row.getCategory()).map(Category::valueOf), purpose,
                row.getOccurredAt().toInstant(), outcome);
        return new AuditEntry(row.getSequence(), content, new AuditHash(row.getPreviousHash()),
                new AuditHash(row.getHash()));
    }

}
