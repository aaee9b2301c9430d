package io.custodian.persistence.tenant;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.EncryptedSecret;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.TenantState;
import io.custodian.domain.tenant.TenantStore;
import io.custodian.persistence.jooq.tables.records.TenantRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.TENANT;

/** {@link TenantStore} on the {@code tenant} table. */
public final class JooqTenantStore implements TenantStore {

    private final DSLContext dsl;

    public JooqTenantStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<InstallationRecord> find(ClientKey clientKey) {
        return dsl.selectFrom(TENANT)
                .where(TENANT.CLIENT_KEY.eq(clientKey.value()))
                .fetchOptional()
                .map(JooqTenantStore::toDomain);
    }

    @Override
    public void save(InstallationRecord record) {
        var row = toRow(record);
        dsl.insertInto(TENANT).set(row)
                .onConflict(TENANT.CLIENT_KEY).doUpdate().set(row)
                .execute();
    }

    @Override
    public void delete(ClientKey clientKey) {
        dsl.deleteFrom(TENANT).where(TENANT.CLIENT_KEY.eq(clientKey.value())).execute();
    }

    @Override
    public List<InstallationRecord> findAll(Collection<ClientKey> clientKeys) {
        if (clientKeys.isEmpty()) {
            return List.of();
        }
        Map<String, InstallationRecord> found = new HashMap<>();
        dsl.selectFrom(TENANT)
                .where(TENANT.CLIENT_KEY.in(clientKeys.stream().map(ClientKey::value).toList()))
                .forEach(row -> found.put(row.getClientKey(), toDomain(row)));
        return clientKeys.stream().map(key -> found.get(key.value())).filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public void deleteAll(Collection<ClientKey> clientKeys) {
        if (clientKeys.isEmpty()) {
            return;
        }
        dsl.deleteFrom(TENANT)
                .where(TENANT.CLIENT_KEY.in(clientKeys.stream().map(ClientKey::value).toList()))
                .execute();
    }

    @Override
    public List<InstallationRecord> markedForDeletionDueBy(Instant until) {
        return dsl.selectFrom(TENANT)
                .where(purgeDueBy(until))
                .orderBy(TENANT.PURGE_DEADLINE, TENANT.CLIENT_KEY)
                .fetch(JooqTenantStore::toDomain);
    }

    /**
     * The {@code tenant} rows due for purge by {@code until}: marked for deletion, the deadline at or before it
     * ({@link InstallationRecord#isPurgeDue} in SQL).
     */
    public static Condition purgeDueBy(Instant until) {
        return TENANT.STATE.eq(TenantState.MARKED_FOR_DELETION.name()).and(TENANT.PURGE_DEADLINE.le(utc(until)));
    }

    private TenantRecord toRow(InstallationRecord record) {
        var account = record.account();
        var row = dsl.newRecord(TENANT);
        row.setClientKey(record.clientKey().value());
        row.setAddOnKey(account.addOnKey());
        row.setProductType(account.productType().name());
        row.setBaseUrl(account.baseUrl().toString());
        row.setServiceEntitlementNumber(account.serviceEntitlementNumber().orElse(null));
        row.setOauthClientId(account.oauthClientId().orElse(null));
        row.setSharedSecretCiphertext(record.sharedSecret().ciphertext());
        row.setEntitlementId(account.entitlementId().orElse(null));
        row.setEntitlementNumber(account.entitlementNumber().orElse(null));
        row.setCloudId(account.cloudId().orElse(null));
        row.setInstallationId(account.installationId().orElse(null));
        row.setDisplayUrl(account.displayUrl().map(URI::toString).orElse(null));
        row.setDescription(account.description().orElse(null));
        row.setDataLocation(record.location().name());
        row.setState(record.state().name());
        row.setInstalledAt(utc(record.installedAt()));
        row.setMarkedAt(record.markedAt().map(JooqTenantStore::utc).orElse(null));
        row.setPurgeDeadline(record.purgeDeadline().map(JooqTenantStore::utc).orElse(null));
        return row;
    }

    private static InstallationRecord toDomain(TenantRecord row) {
        var account = new AccountData(
                row.getAddOnKey(),
                ProductType.valueOf(row.getProductType()),
                URI.create(row.getBaseUrl()),
                Optional.ofNullable(row.getServiceEntitlementNumber()),
                Optional.ofNullable(row.getOauthClientId()),
                Optional.ofNullable(row.getCloudId()),
                Optional.ofNullable(row.getInstallationId()),
                Optional.ofNullable(row.getEntitlementId()),
                Optional.ofNullable(row.getEntitlementNumber()),
                Optional.ofNullable(row.getDisplayUrl()).map(URI::create),
                Optional.ofNullable(row.getDescription()));
        return new InstallationRecord(
                new ClientKey(row.getClientKey()),
                account,
                new EncryptedSecret(row.getSharedSecretCiphertext()),
                new DataLocation(row.getDataLocation()),
                row.getInstalledAt().toInstant(),
                TenantState.valueOf(row.getState()),
                Optional.ofNullable(row.getMarkedAt()).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.getPurgeDeadline()).map(OffsetDateTime::toInstant));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
