package io.custodian.domain.support;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.tenant.ClientKey;

/**
 * Where a ticket's support bundle is stored: the {@code SUPPORT_BUNDLE} item whose id and parent are the ticket id
 * (ticket ids are unique across tenants, so the bundle id is unique per tenant and kind).
 */
public final class SupportBundles {

    private SupportBundles() {
    }

    public static ItemId itemId(TicketId ticket) {
        return new ItemId(ticket.value());
    }

    public static ItemRef ref(ClientKey tenant, TicketId ticket) {
        return new ItemRef(tenant, ItemKind.SUPPORT_BUNDLE, itemId(ticket));
    }

    /** The file name a client gives its copy: {@code custodian-support-bundle-<ticket id>.zip}. */
    public static String fileName(TicketId ticket) {
        return "custodian-support-bundle-" + ticket.value() + ".zip";
    }
}
