/**
 * Tenants and the Connect lifecycle: the {@link io.custodian.domain.tenant.InstallationRecord} with every Account
 * Data field (the shared secret only encrypted), its pure lifecycle transitions returning
 * {@link io.custodian.domain.tenant.Transition} values, the in-ports {@code Handle(Install|Uninstall|Enable|Disable)UseCase}
 * implemented by {@link io.custodian.domain.tenant.TenantLifecycleService}, and the out-ports
 * {@link io.custodian.domain.tenant.TenantStore} and {@link io.custodian.domain.tenant.SecretCipher}.
 */
package io.custodian.domain.tenant;
