package io.custodian.domain.datamap;

/** Every kind of item Custodian stores for a tenant, each in exactly one {@link Category}. */
public enum ItemKind {
    INSTALLATION_RECORD(Category.ACCOUNT),
    LICENSE_INFORMATION(Category.OPERATION),
    SYNC_RELATION(Category.OPERATION),
    TWIN_TRACE(Category.OPERATION),
    FIELD_TRACE(Category.OPERATION),
    ISSUE_VERSION_COPY(Category.OPERATION),
    CONFIGURATION_DOCUMENT(Category.CUSTOMER_UPLOADED),
    USAGE_EVENT(Category.SESSION),
    SUPPORT_TICKET(Category.SUPPORT),
    SUPPORT_BUNDLE(Category.SUPPORT);

    private final Category category;

    ItemKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
