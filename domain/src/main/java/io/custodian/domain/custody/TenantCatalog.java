package io.custodian.domain.custody;

/** Out-port: the tenant list for staff, a read model over the installation records. */
public interface TenantCatalog {

    /**
     * The tenants matching {@code filter}, ordered by client key in byte order of its UTF-8 (for ASCII keys, the order
     * of {@link String#compareTo}).
     */
    Page<TenantSummary> page(TenantFilter filter, PageRequest page);
}
