package io.custodian.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.custodian.domain.identity.IdentitySettings;
import io.custodian.domain.identity.LoginThrottle;
import io.custodian.domain.retention.ItemContents;
import io.custodian.domain.retention.RetentionSettings;
import io.custodian.domain.support.ProblemReportPolicy;
import io.custodian.persistence.retention.PageSweep;
import io.custodian.server.retention.RetentionEngine;
import io.custodian.web.connect.ConnectSettings;
import io.custodian.web.outbound.jsm.JsmSettings;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code application.yaml} from the class path, then an optional YAML file named by
 * {@code CUSTODIAN_CONFIG_FILE}, then environment variables (see {@link Setting}), into {@link ServerSettings}.
 * Every problem is collected and reported at once.
 */
public final class SettingsLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    public static final String CONFIG_FILE_VARIABLE = "CUSTODIAN_CONFIG_FILE";

    private final Map<String, String> environment;

    public SettingsLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static ServerSettings fromEnvironment() {
        return new SettingsLoader(System.getenv()).load();
    }

    public ServerSettings load() {
        var problems = new ArrayList<String>();
        var tree = defaults();
        var file = environment.get(CONFIG_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            mergeFile(tree, Path.of(file), problems);
        }
        for (Setting setting : Setting.values()) {
            var value = environment.get(setting.variable());
            if (value != null) {
                put(tree, setting.path(), value);
            }
        }
        var reader = new Reader(tree, problems);
        var mode = reader.text(Setting.MODE);
        if (!mode.equals("development") && !mode.equals("production")) {
            problems.add(Setting.MODE.path() + " (" + Setting.MODE.variable()
                    + ") must be development or production, was '" + mode + "'");
        }
        var production = mode.equals("production");
        ServerSettings settings = new ServerSettings(
                production,
                new ServerSettings.Http(
                        reader.text(Setting.HOST),
                        reader.integer(Setting.PORT, 0, 65_535),
                        reader.httpUrl(Setting.BASE_URL),
                        reader.integer(Setting.MAX_REQUEST_BYTES, 1_024, 64 * 1024 * 1024)),
                new ServerSettings.Data(
                        reader.path(Setting.DATA_DIR),
                        reader.text(Setting.DATA_LOCATION),
                        reader.bool(Setting.DEMO_DATA) && !production),
                new ServerSettings.Database(
                        reader.optionalJdbcUrl(Setting.DB_URL),
                        reader.optionalText(Setting.DB_USER),
                        reader.optionalText(Setting.DB_PASSWORD),
                        reader.integer(Setting.DB_POOL_SIZE, 1, 1_000),
                        reader.duration(Setting.DB_CONNECT_TIMEOUT, Duration.ofMillis(250), Duration.ofMinutes(5)),
                        reader.integer(Setting.EMBEDDED_DB_PORT, 0, 65_535)),
                new ServerSettings.Keys(
                        reader.optional(Setting.MASTER_KEY),
                        reader.optional(Setting.MASTER_KEY_FILE).map(Path::of),
                        reader.optional(Setting.PSEUDONYM_KEY),
                        reader.optional(Setting.PSEUDONYM_KEY_FILE).map(Path::of),
                        reader.optional(Setting.RECEIPT_SIGNING_KEY_FILE).map(Path::of)),
                retention(reader, problems),
                new ServerSettings.Sweep(
                        reader.bool(Setting.SWEEP_ENABLED),
                        reader.duration(Setting.SWEEP_INTERVAL, Duration.ofSeconds(1), Duration.ofDays(1)),
                        reader.integer(Setting.SWEEP_BATCH_SIZE, 1, RetentionEngine.MAX_BATCH),
                        reader.integer(Setting.SWEEP_WORKERS, 1, RetentionEngine.MAX_WORKERS),
                        reader.integer(Setting.SWEEP_PAGE_CHUNK_ROWS, 1, PageSweep.MAX_CHUNK_ROWS),
                        reader.duration(Setting.SWEEP_PAGE_CHUNK_TARGET, Duration.ZERO, RetentionEngine.MAX_CHUNK_TARGET)),
                null,
                identity(reader),
                support(reader, production, problems));
        settings = withConnect(settings, reader, problems);
        if (production && !"https".equals(settings.http().baseUrl().getScheme())) {
            problems.add(Setting.BASE_URL.variable() + " must be an https URL in production mode");
        }
        if (settings.database().external() && settings.database().user().isBlank()) {
            problems.add(Setting.DB_USER.variable() + " is required when " + Setting.DB_URL.variable() + " is set");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return settings;
    }

    private static ServerSettings withConnect(ServerSettings settings, Reader reader, List<String> problems) {
        var keyFetchTimeout = reader.duration(Setting.KEY_FETCH_TIMEOUT, Duration.ofMillis(100), Duration.ofSeconds(60));
        var builder = ConnectSettings.builder()
                .appKey(reader.text(Setting.APP_KEY))
                .name(reader.text(Setting.APP_NAME))
                .description(reader.optionalText(Setting.APP_DESCRIPTION))
                .baseUrl(settings.http().baseUrl())
                .scopes(reader.list(Setting.APP_SCOPES))
                .enableLicensing(reader.bool(Setting.ENABLE_LICENSING))
                .productionMode(settings.production())
                .allowedAudiences(reader.list(Setting.ALLOWED_AUDIENCES).stream().map(URI::create).toList())
                .installKeysBaseUrl(reader.httpUrl(Setting.INSTALL_KEYS_URL))
                .keyFetchTimeouts(min(ConnectSettings.DEFAULT_KEY_FETCH_CONNECT_TIMEOUT, keyFetchTimeout), keyFetchTimeout)
                .jwtLeeway(reader.duration(Setting.JWT_LEEWAY, Duration.ZERO, Duration.ofMinutes(5)));
        var vendorName = reader.optionalText(Setting.VENDOR_NAME);
        if (!vendorName.isEmpty()) {
            builder.vendor(vendorName, reader.httpUrl(Setting.VENDOR_URL));
        }
        try {
            var connect = builder.build();
            return new ServerSettings(settings.production(), settings.http(), settings.data(), settings.database(),
                    settings.keys(), settings.retention(), settings.sweep(), connect, settings.identity(),
                    settings.support());
        } catch (IllegalArgumentException e) {
            problems.add("Connect settings: " + e.getMessage());
            return settings;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static RetentionSettings retention(Reader reader, List<String> problems) {
        var max = Duration.ofDays(3650);
        var validation = RetentionSettings.validate(
                reader.duration(Setting.UNINSTALL_GRACE, Duration.ofSeconds(1), max),
                reader.duration(Setting.OPERATION_MAX_IDLE, Duration.ofSeconds(1), max),
                reader.duration(Setting.SESSION_RETENTION, Duration.ofSeconds(1), max),
                reader.duration(Setting.SUPPORT_RETENTION, Duration.ofSeconds(1), max));
        return switch (validation) {
            case RetentionSettings.Validation.Valid(RetentionSettings valid) -> valid;
            case RetentionSettings.Validation.Invalid(List<String> invalid) -> {
                problems.addAll(invalid);
                yield RetentionSettings.defaults();
            }
        };
    }

    private static IdentitySettings identity(Reader reader) {
        var lifetime = reader.duration(Setting.STAFF_SESSION_TTL, IdentitySettings.MIN_SESSION_LIFETIME,
                IdentitySettings.MAX_SESSION_LIFETIME);
        var maxFailures = reader.integer(Setting.LOGIN_MAX_FAILURES, 1, 100);
        var lockout = reader.duration(Setting.LOGIN_LOCKOUT, Duration.ofSeconds(1), Duration.ofDays(1));
        try {
            return new IdentitySettings(lifetime, LoginThrottle.of(maxFailures, lockout));
        } catch (IllegalArgumentException e) {
            // out-of-range values are reported above, each with its variable
            return IdentitySettings.defaults();
        }
    }

    /**
     * Problem reports: the bundle's items per kind, and Jira Service Management forwarding, on when its URL is set
     * (then user, token and both ids are required; https in production). No message repeats the token.
     */
    private static ServerSettings.Support support(Reader reader, boolean production, List<String> problems) {
        var itemsPerKind = reader.integer(Setting.SUPPORT_MAX_ITEMS_PER_KIND, 0, ItemContents.MAX_PAGE_SIZE);
        // an out-of-range value is reported above; the default stands in until the problems are thrown
        var policy = itemsPerKind < 0 || itemsPerKind > ItemContents.MAX_PAGE_SIZE ? ProblemReportPolicy.defaults()
                : ProblemReportPolicy.defaults().withMaxItemsPerKind(itemsPerKind);
        var url = reader.optionalText(Setting.JSM_URL);
        List<Setting> others = List.of(Setting.JSM_USER, Setting.JSM_TOKEN, Setting.JSM_SERVICE_DESK_ID,
                Setting.JSM_REQUEST_TYPE_ID);
        if (url.isEmpty()) {
            others.stream().filter(setting -> !reader.optionalText(setting).isEmpty()).forEach(setting ->
                    problems.add(setting.variable() + " is set but " + Setting.JSM_URL.variable()
                            + " is not: set it to forward problem reports, or unset the other JSM settings"));
            return new ServerSettings.Support(policy, Optional.empty());
        }
        var baseUrl = reader.httpUrl(Setting.JSM_URL);
        others.forEach(reader::text); // each one required: a problem names every missing one
        if (production && !"https".equals(baseUrl.getScheme())) {
            problems.add(Setting.JSM_URL.variable() + " must be an https URL in production mode");
        }
        try {
            return new ServerSettings.Support(policy, Optional.of(JsmSettings.of(baseUrl,
                    reader.optionalText(Setting.JSM_USER), reader.optionalText(Setting.JSM_TOKEN),
                    reader.optionalText(Setting.JSM_SERVICE_DESK_ID), reader.optionalText(Setting.JSM_REQUEST_TYPE_ID))));
        } catch (IllegalArgumentException e) {
            problems.add("Jira Service Management settings: " + e.getMessage());
            return new ServerSettings.Support(policy, Optional.empty());
        }
    }

    private static ObjectNode defaults() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/application.yaml")) {
            if (in == null) {
                throw new IllegalStateException("application.yaml missing from the class path");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("application.yaml on the class path is not valid YAML", e);
        }
    }

    private static void mergeFile(ObjectNode tree, Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(CONFIG_FILE_VARIABLE + ": no such file " + file.toAbsolutePath());
            return;
        }
        try {
            var overrides = YAML.readTree(file.toFile());
            if (overrides != null && overrides.isObject()) {
                merge(tree, (ObjectNode) overrides);
            } else if (overrides != null && !overrides.isMissingNode()) {
                problems.add(CONFIG_FILE_VARIABLE + ": " + file + " must hold a YAML mapping");
            }
        } catch (IOException e) {
            problems.add(CONFIG_FILE_VARIABLE + ": " + file + " is not valid YAML");
        }
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        source.properties().forEach(entry -> {
            var existing = target.get(entry.getKey());
            if (existing instanceof ObjectNode existingObject && entry.getValue() instanceof ObjectNode sourceObject) {
                merge(existingObject, sourceObject);
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private static void put(ObjectNode tree, String path, String value) {
        var parts = path.split("\\.");
        var node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            var child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }

    /** Typed reads that record a problem instead of failing on the first one. */
    private record Reader(JsonNode tree, List<String> problems) {

        private String raw(Setting setting) {
            JsonNode node = tree;
            for (String part : setting.path().split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node == null || node.isNull() ? "" : node.asText().trim();
        }

        private String describe(Setting setting) {
            return setting.path() + " (" + setting.variable() + ")";
        }

        String text(Setting setting) {
            var value = raw(setting);
            if (value.isEmpty()) {
                problems.add(describe(setting) + " must not be empty");
            }
            return value;
        }

        String optionalText(Setting setting) {
            return raw(setting);
        }

        List<String> list(Setting setting) {
            var value = raw(setting);
            return value.isEmpty() ? List.of()
                    : java.util.Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        }

        boolean bool(Setting setting) {
            var value = raw(setting);
            if (!value.equals("true") && !value.equals("false")) {
                problems.add(describe(setting) + " must be true or false, was '" + value + "'");
            }
            return Boolean.parseBoolean(value);
        }

        Optional<String> optional(Setting setting) {
            var value = raw(setting);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        int integer(Setting setting, int min, int max) {
            var value = raw(setting);
            try {
                var number = Integer.parseInt(value);
                if (number < min || number > max) {
                    problems.add(describe(setting) + " must be between " + min + " and " + max + ", was " + number);
                }
                return number;
            } catch (NumberFormatException e) {
                problems.add(describe(setting) + " must be a whole number, was '" + value + "'");
                return min;
            }
        }

        Duration duration(Setting setting, Duration min, Duration max) {
            var value = raw(setting);
            try {
                var duration = Duration.parse(value);
                if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
                    problems.add(describe(setting) + " must be between " + min + " and " + max + ", was " + value);
                }
                return duration;
            } catch (DateTimeParseException e) {
                problems.add(describe(setting) + " must be an ISO-8601 duration such as PT5S, was '" + value + "'");
                return min;
            }
        }

        Path path(Setting setting) {
            var value = text(setting);
            try {
                return Path.of(value.isEmpty() ? "." : value);
            } catch (InvalidPathException e) {
                problems.add(describe(setting) + " is not a valid path: " + value);
                return Path.of(".");
            }
        }

        URI httpUrl(Setting setting) {
            var value = text(setting);
            try {
                var uri = new URI(value);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    problems.add(describe(setting) + " must be an absolute http(s) URL, was '" + value + "'");
                }
                return uri;
            } catch (URISyntaxException e) {
                problems.add(describe(setting) + " is not a valid URL: '" + value + "'");
                return URI.create("http://localhost");
            }
        }

        Optional<String> optionalJdbcUrl(Setting setting) {
            var value = raw(setting);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (!value.startsWith("jdbc:postgresql://")) {
                problems.add(describe(setting) + " must start with jdbc:postgresql://");
            }
            return Optional.of(value);
        }
    }
}
