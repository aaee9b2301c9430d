package io.custodian.persistence.custody;

import io.custodian.domain.custody.Page;
import io.custodian.domain.custody.PageRequest;
import io.custodian.domain.custody.ReceiptIndex;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.persistence.retention.JooqReceiptArchive;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Objects;

import static io.custodian.persistence.jooq.Tables.RECEIPT;

/**
 * {@link ReceiptIndex} on the {@code receipt} table, oldest execution first (its index {@code receipt_executed_at_ix}),
 * mapped by the archive's mapper, which refuses a receipt whose fields no longer match its signed canonical form.
 */
public final class JooqReceiptIndex implements ReceiptIndex {

    private final DSLContext dsl;

    public JooqReceiptIndex(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Page<SignedReceipt> page(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return dsl.transactionResult(() -> { // no-arg lambda: joins the thread's transaction
            long total = dsl.fetchCount(RECEIPT);
            List<SignedReceipt> items = dsl.selectFrom(RECEIPT)
                    .orderBy(RECEIPT.EXECUTED_AT, RECEIPT.RECEIPT_ID)
                    .limit(page.size())
                    .offset(page.offset())
                    .fetch(JooqReceiptArchive::toDomain);
            return new Page<>(items, page, total);
        });
    }
}
