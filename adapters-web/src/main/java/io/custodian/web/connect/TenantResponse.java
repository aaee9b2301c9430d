package io.custodian.web.connect;

import java.net.URI;
import java.time.Instant;

import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.TenantView;

/**
 * Body of {@code GET /connect/v1/tenant}: the calling tenant's Account Data (never its shared secret), its lifecycle
 * state, its license as last reported and the location its data is held in. Absent optional values are {@code null}.
 *
 * @param license {@code null} until Atlassian reports one with a verified request
 */
public record TenantResponse(
        String clientKey,
        String addOnKey,
        String productType,
        String baseUrl,
        String displayUrl,
        String description,
        String serviceEntitlementNumber,
        String entitlementId,
        String entitlementNumber,
        String oauthClientId,
        String cloudId,
        String installationId,
        String state,
        Instant installedAt,
        Instant purgeDeadline,
        String dataLocation,
        License license) {

    /**
     * @param active     {@code lic} was {@code active}
     * @param reportedAt when it was last recorded
     */
    public record License(boolean active, Instant reportedAt) {
    }

    static TenantResponse of(TenantView view) {
        AccountData account = view.account();
        return new TenantResponse(
                view.clientKey().value(),
                account.addOnKey(),
                account.productType().connectName(),
                account.baseUrl().toString(),
                account.displayUrl().map(URI::toString).orElse(null),
                account.description().orElse(null),
                account.serviceEntitlementNumber().orElse(null),
                account.entitlementId().orElse(null),
                account.entitlementNumber().orElse(null),
                account.oauthClientId().orElse(null),
                account.cloudId().orElse(null),
                account.installationId().orElse(null),
                view.state().name(),
                view.installedAt(),
                view.purgeDeadline().orElse(null),
                view.location().name(),
                view.license().map(license -> new License(license.active(), license.reportedAt())).orElse(null));
    }
}
