package io.custodian.domain.custody;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.LicenseState;
import io.custodian.domain.tenant.TenantState;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What staff see of one tenant: its account data without the shared secret, state, location, license, and its
 * inventory. {@code kinds} lists every item kind of the data map (the installation record counts as one item of
 * Account Data), {@code categories} every category, both in declaration order.
 *
 * @param markedAt      when the tenant was uninstalled, while it is marked for deletion
 * @param purgeDeadline when everything will be purged unless it is re-installed, while marked for deletion
 */
public record TenantDetail(
        ClientKey clientKey,
        AccountData account,
        TenantState state,
        DataLocation location,
        Instant installedAt,
        Optional<Instant> markedAt,
        Optional<Instant> purgeDeadline,
        Optional<LicenseState> license,
        List<KindInventory> kinds,
        List<CategoryInventory> categories) {

    public TenantDetail {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(installedAt, "installedAt");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(purgeDeadline, "purgeDeadline");
        Objects.requireNonNull(license, "license");
        kinds = List.copyOf(kinds);
        categories = List.copyOf(categories);
    }

    /** Items held, all kinds together (the installation record included). */
    public long totalItems() {
        return kinds.stream().mapToLong(KindInventory::items).sum();
    }
}
