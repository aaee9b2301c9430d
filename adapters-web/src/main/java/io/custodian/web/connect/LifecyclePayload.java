package io.custodian.web.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.web.http.ApiException;

/**
 * The JSON body of a Connect lifecycle callback (connect.md §2.1). Only the fields Custodian reads are declared;
 * Atlassian's other fields ({@code serverVersion}, {@code pluginsVersion}, the deprecated {@code publicKey}, new ones)
 * are ignored. Validation failures are 400s naming the field; the shared secret is never echoed.
 * {@code displayUrlServicedeskHelpCenter} is read but not kept: the domain's Account Data has no field for it, so it
 * is not validated either (a malformed value must not fail an install for data that is not stored).
 */
record LifecyclePayload(
        String key,
        String clientKey,
        String sharedSecret,
        String baseUrl,
        String displayUrl,
        String displayUrlServicedeskHelpCenter,
        String productType,
        String description,
        String serviceEntitlementNumber,
        String entitlementId,
        String entitlementNumber,
        String oauthClientId,
        String cloudId,
        String installationId,
        String eventType) {

    /** connect.md §2.1: Atlassian's shared secrets are at most 128 characters. */
    static final int MAX_SHARED_SECRET_LENGTH = 128;

    @Override
    public String toString() {
        return "LifecyclePayload[key=" + key + ", clientKey=" + clientKey + ", eventType=" + eventType
                + ", sharedSecret=redacted]";
    }

    /** The body's client key. */
    ClientKey requireClientKey() {
        String value = required("clientKey", clientKey);
        try {
            return new ClientKey(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Field 'clientKey' is invalid: " + e.getMessage());
        }
    }

    /** The body is for this app and this event. */
    void requireFor(String appKey, String event) {
        if (!appKey.equals(required("key", key))) {
            throw ApiException.badRequest("Field 'key' must be this app's key '" + appKey + "'");
        }
        if (!event.equals(required("eventType", eventType))) {
            throw ApiException.badRequest("Field 'eventType' must be '" + event + "' for this callback");
        }
    }

    /** The shared secret of an {@code installed} callback. */
    SharedSecret requireSharedSecret() {
        if (sharedSecret == null || sharedSecret.isBlank()) {
            throw ApiException.badRequest("Field 'sharedSecret' is required");
        }
        if (sharedSecret.length() > MAX_SHARED_SECRET_LENGTH) {
            throw ApiException.badRequest("Field 'sharedSecret' must be at most " + MAX_SHARED_SECRET_LENGTH
                    + " characters");
        }
        return new SharedSecret(sharedSecret);
    }

    /**
     * The Account Data of an {@code installed} callback.
     *
     * @param requireHttps refuse product URLs that are not https (production mode)
     */
    AccountData accountData(boolean requireHttps) {
        ProductType type = ProductType.fromConnect(required("productType", productType))
                .orElseThrow(() -> ApiException.badRequest("Field 'productType' must be one of "
                        + java.util.Arrays.stream(ProductType.values()).map(ProductType::connectName).toList()));
        URI base = url("baseUrl", required("baseUrl", baseUrl), requireHttps);
        Optional<URI> display = optional(displayUrl).map(value -> url("displayUrl", value, requireHttps));
        try {
            return new AccountData(key, type, base, optional(serviceEntitlementNumber), optional(oauthClientId),
                    optional(cloudId), optional(installationId), optional(entitlementId), optional(entitlementNumber),
                    display, optional(description));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid installation data: " + e.getMessage());
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("Field '" + field + "' is required");
        }
        return value;
    }

    /** Atlassian sends some absent values as empty strings: treat blank as absent. */
    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static URI url(String field, String value, boolean requireHttps) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("Field '" + field + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw ApiException.badRequest("Field '" + field + "' must be an absolute http(s) URL");
        }
        if (requireHttps && !scheme.equals("https")) {
            throw ApiException.badRequest("Field '" + field + "' must be an https URL");
        }
        if (value.length() > AccountData.MAX_FIELD_LENGTH) {
            throw ApiException.badRequest("Field '" + field + "' must be at most " + AccountData.MAX_FIELD_LENGTH
                    + " characters");
        }
        return uri;
    }
}
