package io.custodian.persistence.custody;

import io.custodian.domain.custody.Page;
import io.custodian.domain.custody.PageRequest;
import io.custodian.domain.custody.TenantCatalog;
import io.custodian.domain.custody.TenantFilter;
import io.custodian.domain.custody.TenantSummary;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.TenantState;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.TENANT;

/**
 * {@link TenantCatalog} on the {@code tenant} table. Selects only the summary's columns (never the secret's
 * ciphertext), ordered by client key in the "C" collation (byte order; for ASCII keys the order of
 * {@link String#compareTo}). The search text is matched with {@code ilike}, its wildcards escaped.
 */
public final class JooqTenantCatalog implements TenantCatalog {

    private final DSLContext dsl;

    public JooqTenantCatalog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Page<TenantSummary> page(TenantFilter filter, PageRequest page) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        Condition where = TENANT.DATA_LOCATION.eq(filter.location().name());
        if (filter.state().isPresent()) {
            where = where.and(TENANT.STATE.eq(filter.state().get().name()));
        }
        if (filter.text().isPresent()) {
            String text = filter.text().get();
            where = where.and(TENANT.CLIENT_KEY.containsIgnoreCase(text).or(TENANT.BASE_URL.containsIgnoreCase(text)));
        }
        Condition matching = where;
        return dsl.transactionResult(() -> { // no-arg lambda: joins the thread's transaction
            long total = dsl.fetchCount(TENANT, matching);
            List<TenantSummary> items = dsl.select(TENANT.CLIENT_KEY, TENANT.BASE_URL, TENANT.PRODUCT_TYPE,
                            TENANT.STATE, TENANT.DATA_LOCATION, TENANT.INSTALLED_AT, TENANT.PURGE_DEADLINE)
                    .from(TENANT)
                    .where(matching)
                    .orderBy(TENANT.CLIENT_KEY.collate(DSL.collation(DSL.quotedName("C"))))
                    .limit(page.size())
                    .offset(page.offset())
                    .fetch(row -> new TenantSummary(new ClientKey(row.value1()), URI.create(row.value2()),
                            ProductType.valueOf(row.value3()), TenantState.valueOf(row.value4()),
                            new DataLocation(row.value5()), row.value6().toInstant(),
                            Optional.ofNullable(row.value7()).map(OffsetDateTime::toInstant)));
            return new Page<>(items, page, total);
        });
    }
}
