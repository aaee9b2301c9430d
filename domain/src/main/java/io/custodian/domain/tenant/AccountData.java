package io.custodian.domain.tenant;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The non-secret Account Data fields of a Connect {@code installed} callback, as Atlassian sends them.
 * The client key (the tenant's identity) and the shared secret (kept encrypted) are held beside it in the
 * {@link InstallationRecord}. Optional fields are those Connect leaves out for some installations
 * (e.g. no entitlement for a free app).
 */
public record AccountData(
        String addOnKey,
        ProductType productType,
        URI baseUrl,
        Optional<String> serviceEntitlementNumber,
        Optional<String> oauthClientId,
        Optional<String> cloudId,
        Optional<String> installationId,
        Optional<String> entitlementId,
        Optional<String> entitlementNumber,
        Optional<URI> displayUrl,
        Optional<String> description) {

    public static final int MAX_FIELD_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    public AccountData {
        addOnKey = required("addOnKey", addOnKey);
        Objects.requireNonNull(productType, "productType");
        baseUrl = url("baseUrl", baseUrl);
        serviceEntitlementNumber = optional("serviceEntitlementNumber", serviceEntitlementNumber, MAX_FIELD_LENGTH);
        oauthClientId = optional("oauthClientId", oauthClientId, MAX_FIELD_LENGTH);
        cloudId = optional("cloudId", cloudId, MAX_FIELD_LENGTH);
        installationId = optional("installationId", installationId, MAX_FIELD_LENGTH);
        entitlementId = optional("entitlementId", entitlementId, MAX_FIELD_LENGTH);
        entitlementNumber = optional("entitlementNumber", entitlementNumber, MAX_FIELD_LENGTH);
        Objects.requireNonNull(displayUrl, "displayUrl");
        displayUrl = displayUrl.map(url -> url("displayUrl", url));
        description = optional("description", description, MAX_DESCRIPTION_LENGTH);
    }

    /** The minimal account data: the fields every installation has. */
    public static AccountData of(String addOnKey, ProductType productType, URI baseUrl) {
        return new AccountData(addOnKey, productType, baseUrl, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same account data at a new base URL (a site rename). */
    public AccountData withBaseUrl(URI newBaseUrl) {
        return new AccountData(addOnKey, productType, newBaseUrl, serviceEntitlementNumber, oauthClientId, cloudId,
                installationId, entitlementId, entitlementNumber, displayUrl, description);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException(name + " longer than " + MAX_FIELD_LENGTH + " characters");
        }
        return value;
    }

    private static Optional<String> optional(String name, Optional<String> value, int maxLength) {
        Objects.requireNonNull(value, name);
        value.ifPresent(text -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException(name + " must be absent or not blank");
            }
            if (text.length() > maxLength) {
                throw new IllegalArgumentException(name + " longer than " + maxLength + " characters");
            }
        });
        return value;
    }

    private static URI url(String name, URI value) {
        Objects.requireNonNull(value, name);
        String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
        if (!value.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || value.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL with a host, was " + value);
        }
        if (value.toString().length() > MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException(name + " longer than " + MAX_FIELD_LENGTH + " characters");
        }
        return value;
    }
}
