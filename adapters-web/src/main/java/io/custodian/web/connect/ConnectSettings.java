package io.custodian.web.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the Atlassian Connect endpoints need to know about this app, validated against the Connect descriptor
 * rules when built. The {@code server} module reads configuration (e.g. {@code CUSTODIAN_APP_KEY}) and builds one with
 * {@link #builder()}; every violation is an {@link IllegalArgumentException} whose message names the setting.
 * <p>
 * The app is served at the root of the server: when {@link #baseUrl()} has a path (e.g. {@code https://host/custodian}),
 * the reverse proxy in front must strip it, so that {@code /lifecycle/installed} arrives as such (the query string
 * hash is computed relative to the base URL's path).
 *
 * @param appKey                 the descriptor {@code key}: {@code ^[a-zA-Z0-9-._]+$}, at most 80 characters
 * @param name                   the descriptor {@code name}
 * @param description            the descriptor {@code description}; empty to leave it out
 * @param vendor                 the descriptor {@code vendor}, if any
 * @param baseUrl                the descriptor {@code baseUrl}: absolute, at most 200 characters, https in
 *                               production; a trailing {@code /} is dropped. Also the expected {@code aud} of a
 *                               signed install
 * @param scopes                 descriptor scopes, upper-cased, without duplicates
 * @param apiVersion             descriptor {@code apiVersion}, at least 1
 * @param enableLicensing        descriptor {@code enableLicensing} (paid app: Atlassian adds {@code lic})
 * @param productionMode         https is required of every URL; off only for local development and tests
 * @param allowedAudiences       other base URLs accepted as {@code aud} of a signed install (e.g. the previous base URL
 *                               while moving to a new one)
 * @param installKeysBaseUrl     where the public keys of signed installs are fetched: {@code GET <base>/<kid>}
 * @param keyFetchConnectTimeout connect timeout of a key fetch
 * @param keyFetchRequestTimeout whole-request timeout of a key fetch
 * @param jwtLeeway              clock skew tolerated on {@code exp}, {@code iat} and {@code nbf}
 */
public record ConnectSettings(
        String appKey,
        String name,
        String description,
        Optional<Vendor> vendor,
        URI baseUrl,
        List<String> scopes,
        int apiVersion,
        boolean enableLicensing,
        boolean productionMode,
        List<URI> allowedAudiences,
        URI installKeysBaseUrl,
        Duration keyFetchConnectTimeout,
        Duration keyFetchRequestTimeout,
        Duration jwtLeeway) {

    public static final URI DEFAULT_INSTALL_KEYS_BASE_URL = URI.create("https://connect-install-keys.atlassian.com");
    public static final Duration DEFAULT_KEY_FETCH_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_KEY_FETCH_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_JWT_LEEWAY = Duration.ofSeconds(30);
    public static final Duration MAX_JWT_LEEWAY = Duration.ofMinutes(5);
    public static final Duration MAX_KEY_FETCH_TIMEOUT = Duration.ofSeconds(60);
    public static final int MAX_APP_KEY_LENGTH = 80;
    public static final int MAX_BASE_URL_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    /** The scopes a Connect descriptor may declare. */
    public static final Set<String> KNOWN_SCOPES = Set.of("READ", "WRITE", "DELETE", "PROJECT_ADMIN", "SPACE_ADMIN",
            "ADMIN", "ACT_AS_USER", "ACCESS_EMAIL_ADDRESSES");

    private static final Pattern APP_KEY = Pattern.compile("^[a-zA-Z0-9-._]+$");

    public ConnectSettings {
        appKey = appKey(appKey);
        name = text("name", name, MAX_NAME_LENGTH, true);
        description = text("description", description == null ? "" : description, MAX_DESCRIPTION_LENGTH, false);
        Objects.requireNonNull(vendor, "vendor");
        baseUrl = url("baseUrl", baseUrl, productionMode);
        if (baseUrl.toString().length() > MAX_BASE_URL_LENGTH) {
            throw new IllegalArgumentException("baseUrl must be at most " + MAX_BASE_URL_LENGTH + " characters, has "
                    + baseUrl.toString().length());
        }
        scopes = scopes(scopes);
        if (apiVersion < 1) {
            throw new IllegalArgumentException("apiVersion must be at least 1, was " + apiVersion);
        }
        required(allowedAudiences, "allowedAudiences");
        List<URI> audiences = new ArrayList<>();
        for (URI audience : allowedAudiences) {
            audiences.add(url("allowedAudiences", audience, productionMode));
        }
        allowedAudiences = List.copyOf(audiences);
        installKeysBaseUrl = url("installKeysBaseUrl", installKeysBaseUrl, productionMode);
        keyFetchConnectTimeout = timeout("keyFetchConnectTimeout", keyFetchConnectTimeout);
        keyFetchRequestTimeout = timeout("keyFetchRequestTimeout", keyFetchRequestTimeout);
        required(jwtLeeway, "jwtLeeway");
        if (jwtLeeway.isNegative() || jwtLeeway.compareTo(MAX_JWT_LEEWAY) > 0) {
            throw new IllegalArgumentException("jwtLeeway must be between 0 and " + MAX_JWT_LEEWAY.toSeconds()
                    + " seconds, was " + jwtLeeway.toSeconds() + " seconds");
        }
    }

    /**
     * A builder with the defaults: no description, no vendor, scope {@code READ}, apiVersion 1, licensing off,
     * production mode on, no alternative audiences, {@link #DEFAULT_INSTALL_KEYS_BASE_URL}, key fetch timeouts 5 s
     * (connect) and 10 s (request), JWT leeway 30 s. {@code appKey}, {@code name} and {@code baseUrl} are required.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every base URL a signed install may name as its audience: {@link #baseUrl()} then {@link #allowedAudiences()},
     * without trailing {@code /}.
     */
    public List<URI> audiences() {
        List<URI> all = new ArrayList<>();
        all.add(baseUrl);
        all.addAll(allowedAudiences);
        return List.copyOf(all);
    }

    /**
     * The descriptor {@code vendor}.
     *
     * @param name vendor name
     * @param url  vendor web site
     */
    public record Vendor(String name, URI url) {
        public Vendor {
            name = text("vendor name", name, MAX_NAME_LENGTH, true);
            required(url, "vendor url");
            if (!url.isAbsolute() || url.getHost() == null) {
                throw new IllegalArgumentException("vendor url must be an absolute URL with a host, was " + url);
            }
        }
    }

    private static String appKey(String appKey) {
        if (appKey == null || appKey.isEmpty()) {
            throw new IllegalArgumentException("appKey must be set (the descriptor key, e.g. io.custodian.sync)");
        }
        if (appKey.length() > MAX_APP_KEY_LENGTH) {
            throw new IllegalArgumentException("appKey must be at most " + MAX_APP_KEY_LENGTH + " characters, has "
                    + appKey.length());
        }
        if (!APP_KEY.matcher(appKey).matches()) {
            throw new IllegalArgumentException("appKey may contain only letters, digits, '-', '.' and '_' (pattern "
                    + APP_KEY.pattern() + "), was '" + appKey + "'");
        }
        return appKey;
    }

    private static <T> T required(T value, String setting) {
        if (value == null) {
            throw new IllegalArgumentException(setting + " must be set");
        }
        return value;
    }

    private static String text(String setting, String value, int maxLength, boolean required) {
        required(value, setting);
        if (required && value.isBlank()) {
            throw new IllegalArgumentException(setting + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(setting + " must be at most " + maxLength + " characters, has "
                    + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(setting + " must not contain control characters");
        }
        return value;
    }

    private static URI url(String setting, URI url, boolean productionMode) {
        if (url == null) {
            throw new IllegalArgumentException(setting + " must be set");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(setting + " must be an absolute http(s) URL with a host, was " + url);
        }
        if (productionMode && !scheme.equals("https")) {
            throw new IllegalArgumentException(setting + " must use https in production mode, was " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(setting + " must not have a query, fragment or user info, was " + url);
        }
        String text = url.toString();
        if (text.endsWith("/")) {
            try {
                return new URI(text.substring(0, text.length() - 1));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(setting + " is not a valid URL: " + url, e);
            }
        }
        return url;
    }

    private static List<String> scopes(List<String> scopes) {
        required(scopes, "scopes");
        Set<String> normalised = new LinkedHashSet<>();
        for (String scope : scopes) {
            String upper = scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT);
            if (!KNOWN_SCOPES.contains(upper)) {
                throw new IllegalArgumentException("scopes must be among " + KNOWN_SCOPES.stream().sorted().toList()
                        + ", was '" + scope + "'");
            }
            normalised.add(upper);
        }
        return List.copyOf(normalised);
    }

    private static Duration timeout(String setting, Duration timeout) {
        required(timeout, setting);
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_KEY_FETCH_TIMEOUT) > 0) {
            throw new IllegalArgumentException(setting + " must be positive and at most "
                    + MAX_KEY_FETCH_TIMEOUT.toSeconds() + " seconds, was " + timeout);
        }
        return timeout;
    }

    /** Builder for {@link ConnectSettings}; see {@link ConnectSettings#builder()} for the defaults. */
    public static final class Builder {
        private String appKey;
        private String name;
        private String description = "";
        private Vendor vendor;
        private URI baseUrl;
        private List<String> scopes = List.of("READ");
        private int apiVersion = 1;
        private boolean enableLicensing;
        private boolean productionMode = true;
        private List<URI> allowedAudiences = List.of();
        private URI installKeysBaseUrl = DEFAULT_INSTALL_KEYS_BASE_URL;
        private Duration keyFetchConnectTimeout = DEFAULT_KEY_FETCH_CONNECT_TIMEOUT;
        private Duration keyFetchRequestTimeout = DEFAULT_KEY_FETCH_REQUEST_TIMEOUT;
        private Duration jwtLeeway = DEFAULT_JWT_LEEWAY;

        private Builder() {
        }

        public Builder appKey(String appKey) {
            this.appKey = appKey;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder vendor(String vendorName, URI vendorUrl) {
            this.vendor = new Vendor(vendorName, vendorUrl);
            return this;
        }

        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            return baseUrl(parse("baseUrl", baseUrl));
        }

        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        public Builder apiVersion(int apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        public Builder enableLicensing(boolean enableLicensing) {
            this.enableLicensing = enableLicensing;
            return this;
        }

        public Builder productionMode(boolean productionMode) {
            this.productionMode = productionMode;
            return this;
        }

        public Builder allowedAudiences(List<URI> allowedAudiences) {
            this.allowedAudiences = allowedAudiences;
            return this;
        }

        public Builder installKeysBaseUrl(URI installKeysBaseUrl) {
            this.installKeysBaseUrl = installKeysBaseUrl;
            return this;
        }

        public Builder keyFetchTimeouts(Duration connectTimeout, Duration requestTimeout) {
            this.keyFetchConnectTimeout = connectTimeout;
            this.keyFetchRequestTimeout = requestTimeout;
            return this;
        }

        public Builder jwtLeeway(Duration jwtLeeway) {
            this.jwtLeeway = jwtLeeway;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the first invalid setting
         */
        public ConnectSettings build() {
            return new ConnectSettings(appKey, name, description, Optional.ofNullable(vendor), baseUrl, scopes,
                    apiVersion, enableLicensing, productionMode, allowedAudiences, installKeysBaseUrl,
                    keyFetchConnectTimeout, keyFetchRequestTimeout, jwtLeeway);
        }

        private static URI parse(String setting, String url) {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException(setting + " must be set");
            }
            try {
                return new URI(url.strip());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(setting + " is not a valid URL: " + e.getMessage(), e);
            }
        }
    }
}
