package io.custodian.domain.tenant;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.location.DataLocation;
import io.custodian.domain.location.LocationPolicy;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * What app requests need of a tenant: the credentials to verify its JWTs, its non-secret view, and the license state
 * Atlassian reports with its requests. A tenant pinned to another location is never served and never shown.
 */
public final class TenantAccessService implements AppRequestAuthentication, FindTenantUseCase, RecordLicenseUseCase {

    private final TenantStore tenants;
    private final TenantLicenses licenses;
    private final SecretCipher cipher;
    private final InstantSource clock;
    private final Transactions transactions;
    private final DataLocation deploymentLocation;

    public TenantAccessService(TenantStore tenants, TenantLicenses licenses, SecretCipher cipher, InstantSource clock,
                               Transactions transactions, DataLocation deploymentLocation) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.licenses = Objects.requireNonNull(licenses, "licenses");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
    }

    @Override
    public Optional<TenantCredentials> credentials(ClientKey clientKey) {
        Objects.requireNonNull(clientKey, "clientKey");
        return transactions.inTransaction(() -> installed(clientKey).flatMap(record ->
                cipher.decrypt(record.clientKey(), record.sharedSecret()).map(secret ->
                        new TenantCredentials(record.clientKey(), secret, record.state(), refusalOf(record)))));
    }

    @Override
    public Optional<TenantView> find(ClientKey clientKey) {
        Objects.requireNonNull(clientKey, "clientKey");
        return transactions.inTransaction(() -> installed(clientKey)
                .filter(this::pinnedHere)
                .map(record -> TenantView.of(record, licenses.find(record.clientKey()))));
    }

    @Override
    public Outcome record(RecordLicenseCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            Optional<InstallationRecord> record = installed(command.clientKey());
            if (record.isEmpty()) {
                return new Refused(LifecycleRefusal.NOT_INSTALLED.message());
            }
            Optional<AppRequestRefusal> refusal = refusalOf(record.get());
            if (refusal.isPresent()) {
                return new Refused(refusal.get().message());
            }
            Instant now = clock.instant();
            Optional<LicenseState> current = licenses.find(command.clientKey());
            if (current.isPresent() && !current.get().needsRewrite(command.active(), now)) {
                return new Unchanged(current.get());
            }
            LicenseState state = new LicenseState(command.active(), now);
            licenses.save(command.clientKey(), state);
            return new Recorded(state);
        });
    }

    private Optional<InstallationRecord> installed(ClientKey clientKey) {
        return tenants.find(clientKey).filter(record -> record.state() != TenantState.PURGED);
    }

    private boolean pinnedHere(InstallationRecord record) {
        return LocationPolicy.check(deploymentLocation, record.location()).isAllowed();
    }

    private Optional<AppRequestRefusal> refusalOf(InstallationRecord record) {
        if (!pinnedHere(record)) {
            return Optional.of(AppRequestRefusal.PINNED_ELSEWHERE);
        }
        return switch (record.state()) {
            case ACTIVE -> Optional.empty();
            case DISABLED -> Optional.of(AppRequestRefusal.TENANT_DISABLED);
            case MARKED_FOR_DELETION -> Optional.of(AppRequestRefusal.TENANT_UNINSTALLED);
            case PURGED -> throw new IllegalStateException("purged tenants are filtered out before");
        };
    }
}
