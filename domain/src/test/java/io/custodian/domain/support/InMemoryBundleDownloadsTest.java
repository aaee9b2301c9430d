package io.custodian.domain.support;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.InMemoryItems;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;

import java.util.List;

class InMemoryBundleDownloadsTest extends BundleDownloadsContract {

    @Override
    protected Storage emptyStorage() {
        InMemoryItems items = new InMemoryItems();
        InMemoryBundleDownloads downloads = InMemoryBundleDownloads.over(items);
        ClientKey acme = new ClientKey("acme");
        return new Storage() {
            @Override
            public BundleDownloads downloads() {
                return downloads;
            }

            @Override
            public void storeBundle(TicketId ticket) {
                items.put(SupportTicket.open(ticket, acme, T0).asStoredItem());
                items.put(StoredItem.child(acme, ItemKind.SUPPORT_BUNDLE, ticket.value(), ticket.value(), T0));
            }

            @Override
            public void deleteBundle(TicketId ticket) {
                items.delete(List.of(SupportBundles.ref(acme, ticket)));
            }
        };
    }
}
