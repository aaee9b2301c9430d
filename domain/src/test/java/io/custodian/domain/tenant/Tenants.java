package io.custodian.domain.tenant;

import io.custodian.domain.location.DataLocation;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** Test data for tenants. */
public final class Tenants {

    public static final DataLocation ROUBAIX = new DataLocation("Roubaix, France");
    public static final DataLocation ELSEWHERE = new DataLocation("Frankfurt, Germany");
    public static final String ADD_ON_KEY = "io.custodian.sync";

    private Tenants() {
    }

    public static ClientKey clientKey(String value) {
        return new ClientKey(value);
    }

    public static AccountData account(String baseUrl) {
        return new AccountData(ADD_ON_KEY, ProductType.JIRA, URI.create(baseUrl), Optional.of("SEN-1234567"),
                Optional.of("oauth-client-1"), Optional.of("cloud-1"), Optional.of("installation-1"),
                Optional.of("entitlement-1"), Optional.of("E-123-456"), Optional.of(URI.create(baseUrl)),
                Optional.of("Acme's Jira"));
    }

    public static AccountData account() {
        return account("https://acme.atlassian.net");
    }

    public static HandleInstallCommand install(String clientKey, String secret) {
        return new HandleInstallCommand(new ClientKey(clientKey), account(), new SharedSecret(secret), true);
    }

    public static HandleInstallCommand install(String clientKey) {
        return install(clientKey, "shared-secret-of-" + clientKey);
    }

    /** An ACTIVE record with a dummy encrypted secret. */
    public static InstallationRecord activeRecord(String clientKey, Instant installedAt) {
        return InstallationRecord.freshInstall(new ClientKey(clientKey), account(),
                new EncryptedSecret(new byte[]{1, 2, 3}), ROUBAIX, installedAt);
    }
}
