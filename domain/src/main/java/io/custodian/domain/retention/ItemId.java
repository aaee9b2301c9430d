package io.custodian.domain.retention;

/**
 * The id of a stored item, unique within its tenant and kind (not only within its parent): assigned by whoever
 * writes it, e.g. {@code "10042"} for a twin trace or {@code "10042@3"} for the third version copy of that issue.
 */
public record ItemId(String value) {

    public static final int MAX_LENGTH = 255;

    /**
     * The id of a tenant's one license information item: replaced on refresh, so there is never a second one (see
     * {@code io.custodian.domain.tenant.TenantLicenses}, which shares the item).
     */
    public static final ItemId LICENSE = new ItemId("license");

    public ItemId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("item id must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("item id longer than " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
