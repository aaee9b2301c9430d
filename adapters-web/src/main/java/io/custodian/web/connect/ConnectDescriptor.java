package io.custodian.web.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The app descriptor ({@code atlassian-connect.json}) for {@link ConnectSettings}: JWT authentication, the four
 * lifecycle callbacks, signed install and context QSH opted in, GDPR-compliant tokens, no UI modules.
 */
public final class ConnectDescriptor {

    /** Where the lifecycle callbacks are served, relative to the base URL. */
    public static final String LIFECYCLE_PREFIX = "/lifecycle";
    public static final String INSTALLED = LIFECYCLE_PREFIX + "/installed";
    public static final String UNINSTALLED = LIFECYCLE_PREFIX + "/uninstalled";
    public static final String ENABLED = LIFECYCLE_PREFIX + "/enabled";
    public static final String DISABLED = LIFECYCLE_PREFIX + "/disabled";

    private ConnectDescriptor() {
    }

    /**
     * The descriptor as a JSON-ready map, keys in the conventional order.
     *
     * @param settings validated settings
     * @return descriptor
     */
    public static Map<String, Object> of(ConnectSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("key", settings.appKey());
        descriptor.put("name", settings.name());
        if (!settings.description().isEmpty()) {
            descriptor.put("description", settings.description());
        }
        settings.vendor().ifPresent(vendor -> descriptor.put("vendor", ordered(
                "name", vendor.name(),
                "url", vendor.url().toString())));
        descriptor.put("baseUrl", settings.baseUrl().toString());
        descriptor.put("authentication", Map.of("type", "jwt"));
        descriptor.put("lifecycle", ordered(
                "installed", INSTALLED,
                "uninstalled", UNINSTALLED,
                "enabled", ENABLED,
                "disabled", DISABLED));
        descriptor.put("scopes", settings.scopes());
        descriptor.put("apiVersion", settings.apiVersion());
        descriptor.put("apiMigrations", ordered(
                "signed-install", true,
                "context-qsh", true,
                "gdpr", true));
        descriptor.put("enableLicensing", settings.enableLicensing());
        descriptor.put("modules", Map.of());
        return descriptor;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
