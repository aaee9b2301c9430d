package io.custodian.persistence.tenant;

import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.LicenseState;
import io.custodian.domain.tenant.TenantLicenses;
import org.jooq.DSLContext;

import java.util.Optional;

import static io.custodian.persistence.jooq.Tables.LICENSE_INFORMATION;

/**
 * {@link TenantLicenses} on the {@code license_information} table: one row per tenant, replaced on refresh. The row is
 * also the tenant's {@code LICENSE_INFORMATION} item of the retention inventory ({@code JooqItems}), which may write
 * it without a license state ({@code active} null): such a row reports no license here.
 */
public final class JooqTenantLicenses implements TenantLicenses {

    private final DSLContext dsl;

    public JooqTenantLicenses(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<LicenseState> find(ClientKey clientKey) {
        return dsl.select(LICENSE_INFORMATION.ACTIVE, LICENSE_INFORMATION.REPORTED_AT)
                .from(LICENSE_INFORMATION)
                .where(LICENSE_INFORMATION.CLIENT_KEY.eq(clientKey.value()))
                .and(LICENSE_INFORMATION.ACTIVE.isNotNull())
                .fetchOptional(row -> new LicenseState(row.value1(), row.value2().toInstant()));
    }

    @Override
    public void save(ClientKey clientKey, LicenseState state) {
        var reportedAt = JooqTenantStore.utc(state.reportedAt());
        dsl.insertInto(LICENSE_INFORMATION)
                .set(LICENSE_INFORMATION.CLIENT_KEY, clientKey.value())
                .set(LICENSE_INFORMATION.ACTIVE, state.active())
                .set(LICENSE_INFORMATION.REPORTED_AT, reportedAt)
                .onConflict(LICENSE_INFORMATION.CLIENT_KEY).doUpdate()
                .set(LICENSE_INFORMATION.ACTIVE, state.active())
                .set(LICENSE_INFORMATION.REPORTED_AT, reportedAt)
                .execute();
    }

    @Override
    public void delete(ClientKey clientKey) {
        dsl.deleteFrom(LICENSE_INFORMATION).where(LICENSE_INFORMATION.CLIENT_KEY.eq(clientKey.value())).execute();
    }
}
