package io.custodian.domain.appdata;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.retention.ItemContents;
import io.custodian.domain.retention.StoredContent;
import io.custodian.domain.tenant.TenantStore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads stored items back for app requests of a served tenant. */
public final class ItemReadService implements ListItemsUseCase {

    private final ServedTenants served;
    private final ItemContents contents;
    private final Transactions transactions;

    public ItemReadService(TenantStore tenants, ItemContents contents, Transactions transactions,
                           DataLocation deploymentLocation) {
        this.served = new ServedTenants(tenants, deploymentLocation);
        this.contents = Objects.requireNonNull(contents, "contents");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Outcome list(ListItemsQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> {
            Optional<AppDataRefusal> refusal = served.refusal(query.tenant());
            if (refusal.isPresent()) {
                return new Refused(refusal.get());
            }
            // one more than asked for tells whether there is a next page
            List<StoredContent> page = contents.page(query.tenant(), query.kind(), query.after(), query.limit() + 1);
            if (page.size() <= query.limit()) {
                return new Listed(page, Optional.empty());
            }
            List<StoredContent> shown = page.subList(0, query.limit());
            return new Listed(shown, Optional.of(shown.getLast().id()));
        });
    }
}
