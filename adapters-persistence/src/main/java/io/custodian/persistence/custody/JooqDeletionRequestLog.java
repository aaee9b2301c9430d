package io.custodian.persistence.custody;

import io.custodian.domain.custody.DeletionRequestLog;
import io.custodian.domain.custody.DeletionRequestStatus;
import io.custodian.domain.custody.Page;
import io.custodian.domain.custody.PageRequest;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.persistence.deletion.JooqDeletionRequests;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.DELETION_REQUEST;

/**
 * {@link DeletionRequestLog} on the {@code deletion_request} table, oldest request first. The status names are the
 * table's state codes.
 */
public final class JooqDeletionRequestLog implements DeletionRequestLog {

    private final DSLContext dsl;

    public JooqDeletionRequestLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Page<DeletionRequest> page(Optional<DeletionRequestStatus> status, PageRequest page) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(page, "page");
        Condition matching = status.map(wanted -> DELETION_REQUEST.STATE.eq(wanted.name())).orElse(DSL.noCondition());
        return dsl.transactionResult(() -> { // no-arg lambda: joins the thread's transaction
            long total = dsl.fetchCount(DELETION_REQUEST, matching);
            List<DeletionRequest> items = dsl.selectFrom(DELETION_REQUEST)
                    .where(matching)
                    .orderBy(DELETION_REQUEST.REQUESTED_AT, DELETION_REQUEST.REQUEST_ID)
                    .limit(page.size())
                    .offset(page.offset())
                    .fetch(JooqDeletionRequests::toDomain);
            return new Page<>(items, page, total);
        });
    }
}
