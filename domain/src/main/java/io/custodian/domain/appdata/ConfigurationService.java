package io.custodian.domain.appdata;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.retention.DeletedItem;
import io.custodian.domain.retention.Deletion;
import io.custodian.domain.retention.DeletionCause;
import io.custodian.domain.retention.ExpiredItems;
import io.custodian.domain.retention.Inventory;
import io.custodian.domain.retention.ItemContents;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.retention.OperationItems;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.TenantStore;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration documents (Customer Uploaded Data): one item of kind {@code CONFIGURATION_DOCUMENT} per name, kept
 * while the tenant is subscribed and deleted with its purge, or at once when the customer deletes it.
 */
public final class ConfigurationService implements PutConfigurationUseCase, FindConfigurationUseCase,
        DeleteConfigurationUseCase {

    private final ServedTenants served;
    private final Inventory inventory;
    private final OperationItems items;
    private final ItemContents contents;
    private final ExpiredItems expiredItems;
    private final InstantSource clock;
    private final Transactions transactions;

    public ConfigurationService(TenantStore tenants, Inventory inventory, OperationItems items, ItemContents contents,
                                ExpiredItems expiredItems, InstantSource clock, Transactions transactions,
                                DataLocation deploymentLocation) {
        this.served = new ServedTenants(tenants, deploymentLocation);
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.items = Objects.requireNonNull(items, "items");
        this.contents = Objects.requireNonNull(contents, "contents");
        this.expiredItems = Objects.requireNonNull(expiredItems, "expiredItems");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public PutConfigurationUseCase.Outcome put(PutConfigurationCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<AppDataRefusal> refusal = served.refusal(command.tenant());
            if (refusal.isPresent()) {
                return new PutConfigurationUseCase.Refused(refusal.get());
            }
            ItemRef ref = command.name().ref(command.tenant());
            boolean created = inventory.find(ref).isEmpty();
            StoredItem item = StoredItem.of(command.tenant(), ItemKind.CONFIGURATION_DOCUMENT, command.name().value(),
                    clock.instant());
            items.save(item, command.content());
            return new Stored(item, created);
        });
    }

    @Override
    public FindConfigurationUseCase.Outcome find(FindConfigurationQuery query) {
        Objects.requireNonNull(query, "query");
        return transactions.inTransaction(() -> {
            Optional<AppDataRefusal> refusal = served.refusal(query.tenant());
            if (refusal.isPresent()) {
                return new FindConfigurationUseCase.Refused(refusal.get());
            }
            ItemRef ref = query.name().ref(query.tenant());
            return inventory.find(ref)
                    .flatMap(item -> contents.read(ref).map(content ->
                            (FindConfigurationUseCase.Outcome) new Found(
                                    new ConfigurationDocument(query.name(), content, item.lastWrittenAt()))))
                    .orElseGet(FindConfigurationUseCase.NotFound::new);
        });
    }

    @Override
    public DeleteConfigurationUseCase.Outcome delete(DeleteConfigurationCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<AppDataRefusal> refusal = served.refusal(command.tenant());
            if (refusal.isPresent()) {
                return new DeleteConfigurationUseCase.Refused(refusal.get());
            }
            ItemRef ref = command.name().ref(command.tenant());
            if (inventory.find(ref).isEmpty()) {
                return new DeleteConfigurationUseCase.NotFound();
            }
            Instant now = clock.instant();
            Deletion deletion = new Deletion(command.tenant(), now,
                    List.of(new DeletedItem(ref, DeletionCause.REMOVED_BY_CUSTOMER)));
            expiredItems.delete(deletion.refs());
            return new Deleted(deletion);
        });
    }
}
