package io.custodian.persistence.custody;

import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.custody.AuditLogFilter;
import io.custodian.domain.custody.AuditLogSearch;
import io.custodian.domain.custody.Page;
import io.custodian.domain.custody.PageRequest;
import io.custodian.persistence.audit.JooqAuditTrail;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Objects;

import static io.custodian.persistence.jooq.Tables.AUDIT_ENTRY;

/**
 * {@link AuditLogSearch} on the {@code audit_entry} table, in sequence order. Rows are mapped as the audit trail maps
 * them and returned as stored: whether they still verify is {@code VerifyAuditChainUseCase}'s question.
 */
public final class JooqAuditLogSearch implements AuditLogSearch {

    private final DSLContext dsl;

    public JooqAuditLogSearch(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Page<AuditEntry> page(AuditLogFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        Condition where = DSL.noCondition();
        if (filter.tenant().isPresent()) {
            where = where.and(AUDIT_ENTRY.TENANT_PSEUDONYM.eq(filter.tenant().get().value()));
        }
        if (filter.staff().isPresent()) {
            where = where.and(AUDIT_ENTRY.ACTOR_KIND.eq("staff"))
                    .and(AUDIT_ENTRY.ACTOR_ID.eq(filter.staff().get().toString()));
        }
        Condition matching = where;
        return dsl.transactionResult(() -> { // no-arg lambda: joins the thread's transaction
            long total = dsl.fetchCount(AUDIT_ENTRY, matching);
            List<AuditEntry> items = dsl.selectFrom(AUDIT_ENTRY)
                    .where(matching)
                    .orderBy(AUDIT_ENTRY.SEQUENCE)
                    .limit(page.size())
                    .offset(page.offset())
                    .fetch(JooqAuditTrail::toDomain);
            return new Page<>(items, page, total);
        });
    }
}
