package io.custodian.domain.appdata;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.ItemRef;
import io.custodian.domain.tenant.ClientKey;

/** The name of a configuration document the customer created in the add-on's UI; its item id as it is. */
public record ConfigurationName(String value) {

    public static final int MAX_LENGTH = 128;

    public ConfigurationName {
        SafeIds.require("configuration name", value, MAX_LENGTH);
    }

    public ItemId itemId() {
        return new ItemId(value);
    }

    public ItemRef ref(ClientKey tenant) {
        return new ItemRef(tenant, ItemKind.CONFIGURATION_DOCUMENT, itemId());
    }

    @Override
    public String toString() {
        return value;
    }
}
