package io.custodian.domain.tenant;

import io.custodian.domain.location.DataLocation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant as an app request may see it: its account data, state, data location and license, never its secret.
 *
 * @param purgeDeadline present while the tenant is marked for deletion
 * @param license       the last reported license, empty when Atlassian has not reported one yet
 */
public record TenantView(ClientKey clientKey, AccountData account, TenantState state, DataLocation location,
                         Instant installedAt, Optional<Instant> purgeDeadline, Optional<LicenseState> license) {

    public TenantView {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(installedAt, "installedAt");
        Objects.requireNonNull(purgeDeadline, "purgeDeadline");
        Objects.requireNonNull(license, "license");
    }

    /** The view of a record, with its license if any. */
    public static TenantView of(InstallationRecord record, Optional<LicenseState> license) {
        return new TenantView(record.clientKey(), record.account(), record.state(), record.location(),
                record.installedAt(), record.purgeDeadline(), license);
    }
}
