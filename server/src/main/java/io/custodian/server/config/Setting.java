package io.custodian.server.config;

/** Every configuration key, its environment variable and its meaning (the README's table is this list). */
public enum Setting {
    MODE("server.mode", "CUSTODIAN_MODE",
            "development or production; production requires configured keys and an https base URL"),
    HOST("server.host", "CUSTODIAN_HOST", "Interface to listen on"),
    PORT("server.port", "CUSTODIAN_PORT", "HTTP port (0 = any free port)"),
    BASE_URL("server.base-url", "CUSTODIAN_BASE_URL", "Public base URL of this server, as Atlassian calls it"),
    MAX_REQUEST_BYTES("server.max-request-bytes", "CUSTODIAN_MAX_REQUEST_BYTES",
            "Largest accepted request body; larger bodies are answered 413"),
    DATA_DIR("data.directory", "CUSTODIAN_DATA_DIR", "Local data directory (embedded database, development keys)"),
    DATA_LOCATION("data.location", "CUSTODIAN_DATA_LOCATION", "Declared data location of this deployment"),
    DEMO_DATA("data.demo", "CUSTODIAN_DEMO_DATA",
            "Development mode only: seed demo tenants and staff accounts into an empty database"),
    DB_URL("database.url", "CUSTODIAN_DB_URL", "JDBC URL of an external PostgreSQL; empty = embedded"),
    DB_USER("database.user", "CUSTODIAN_DB_USER", "Database role (external database)"),
    DB_PASSWORD("database.password", "CUSTODIAN_DB_PASSWORD", "Database password (external database)"),
    DB_POOL_SIZE("database.pool-size", "CUSTODIAN_DB_POOL_SIZE", "Maximum number of pooled connections"),
    DB_CONNECT_TIMEOUT("database.connect-timeout", "CUSTODIAN_DB_CONNECT_TIMEOUT",
            "How long to wait for a database connection (ISO-8601 duration)"),
    EMBEDDED_DB_PORT("database.embedded-port", "CUSTODIAN_EMBEDDED_DB_PORT",
            "Port of the embedded PostgreSQL (0 = any free port)"),
    MASTER_KEY("keys.master-key", "CUSTODIAN_MASTER_KEY",
            "Base64 AES-256 master key wrapping every tenant's data key"),
    MASTER_KEY_FILE("keys.master-key-file", "CUSTODIAN_MASTER_KEY_FILE", "File holding the master key (base64)"),
    PSEUDONYM_KEY("keys.pseudonym-key", "CUSTODIAN_PSEUDONYM_KEY",
            "Base64 HMAC key (32+ bytes) pseudonymising tenants on deletion receipts"),
    PSEUDONYM_KEY_FILE("keys.pseudonym-key-file", "CUSTODIAN_PSEUDONYM_KEY_FILE",
            "File holding the pseudonymisation key (base64)"),
    RECEIPT_SIGNING_KEY_FILE("keys.receipt-signing-key-file", "CUSTODIAN_RECEIPT_SIGNING_KEY_FILE",
            "PEM file with the Ed25519 PRIVATE KEY and PUBLIC KEY signing deletion receipts"),
    UNINSTALL_GRACE("retention.uninstall-grace", "CUSTODIAN_UNINSTALL_GRACE",
            "Time from uninstall to purge (ISO-8601, at most P180D)"),
    OPERATION_MAX_IDLE("retention.operation-max-idle", "CUSTODIAN_OPERATION_MAX_IDLE",
            "Operation data not written for this long is deleted"),
    SESSION_RETENTION("retention.session-retention", "CUSTODIAN_SESSION_RETENTION",
            "Usage statistics are kept this long"),
    SUPPORT_RETENTION("retention.support-retention", "CUSTODIAN_SUPPORT_RETENTION",
            "Support data is kept this long after its ticket is resolved"),
    SWEEP_ENABLED("retention.sweep-enabled", "CUSTODIAN_SWEEP_ENABLED",
            "Run the retention sweep in this process (any number of processes may sweep one database)"),
    SWEEP_INTERVAL("retention.sweep-interval", "CUSTODIAN_SWEEP_INTERVAL", "Pause between two retention sweeps"),
    SWEEP_BATCH_SIZE("retention.sweep-batch-size", "CUSTODIAN_SWEEP_BATCH_SIZE",
            "Items deleted per transaction by the retention sweep (1..100000)"),
    SWEEP_WORKERS("retention.sweep-workers", "CUSTODIAN_SWEEP_WORKERS",
            "Threads (and database connections) a sweep of this process purges tenants with (1..16)"),
    SWEEP_PAGE_CHUNK_ROWS("retention.sweep-page-chunk-rows", "CUSTODIAN_SWEEP_PAGE_CHUNK_ROWS",
            "Rows a mass purge's page sweep reads per transaction (1..1000000)"),
    SWEEP_PAGE_CHUNK_TARGET("retention.sweep-page-chunk-target", "CUSTODIAN_SWEEP_PAGE_CHUNK_TARGET",
            "Longest a page sweep chunk's transaction should take; slower chunks make the next one smaller (PT0S: fixed)"),
    APP_KEY("connect.app-key", "CUSTODIAN_APP_KEY", "Connect app key (descriptor key, the statement's AddOnKey)"),
    APP_NAME("connect.app-name", "CUSTODIAN_APP_NAME", "App name in the descriptor"),
    APP_DESCRIPTION("connect.app-description", "CUSTODIAN_APP_DESCRIPTION", "App description in the descriptor"),
    VENDOR_NAME("connect.vendor-name", "CUSTODIAN_VENDOR_NAME", "Vendor name in the descriptor (optional)"),
    VENDOR_URL("connect.vendor-url", "CUSTODIAN_VENDOR_URL", "Vendor URL in the descriptor (with the vendor name)"),
    APP_SCOPES("connect.scopes", "CUSTODIAN_APP_SCOPES", "Comma-separated Connect scopes"),
    ENABLE_LICENSING("connect.enable-licensing", "CUSTODIAN_ENABLE_LICENSING",
            "Paid app: Atlassian adds the lic parameter, recorded as the tenant's license state"),
    INSTALL_KEYS_URL("connect.install-keys-url", "CUSTODIAN_INSTALL_KEYS_URL",
            "Key server of signed installs (GET <url>/<kid> returns the PEM public key)"),
    ALLOWED_AUDIENCES("connect.allowed-audiences", "CUSTODIAN_ALLOWED_AUDIENCES",
            "Other base URLs accepted as the aud of a signed install (comma-separated)"),
    JWT_LEEWAY("connect.jwt-leeway", "CUSTODIAN_JWT_LEEWAY", "Clock skew tolerated on JWT exp and iat"),
    KEY_FETCH_TIMEOUT("connect.key-fetch-timeout", "CUSTODIAN_KEY_FETCH_TIMEOUT",
            "Timeout of a request to the signed-install key server"),
    STAFF_SESSION_TTL("identity.session-ttl", "CUSTODIAN_STAFF_SESSION_TTL",
            "Lifetime of a staff session from login (ISO-8601, PT1M to P30D)"),
    LOGIN_MAX_FAILURES("identity.login-max-failures", "CUSTODIAN_LOGIN_MAX_FAILURES",
            "Consecutive failed logins of a login name before it is locked out (1..100)"),
    LOGIN_LOCKOUT("identity.login-lockout", "CUSTODIAN_LOGIN_LOCKOUT",
            "How long a login name stays locked out after the last failure (ISO-8601, PT1S to P1D)"),
    SUPPORT_MAX_ITEMS_PER_KIND("support.bundle-max-items-per-kind", "CUSTODIAN_SUPPORT_BUNDLE_MAX_ITEMS_PER_KIND",
            "Items of each Operation Data kind and configuration documents a support bundle collects (0..1000)"),
    JSM_URL("support.jsm-url", "CUSTODIAN_JSM_URL",
            "Jira Service Management site problem reports are forwarded to; empty = no forwarding"),
    JSM_USER("support.jsm-user", "CUSTODIAN_JSM_USER", "Account (agent) whose API token creates the requests"),
    JSM_TOKEN("support.jsm-token", "CUSTODIAN_JSM_TOKEN", "API token of that account (secret, never logged)"),
    JSM_SERVICE_DESK_ID("support.jsm-service-desk-id", "CUSTODIAN_JSM_SERVICE_DESK_ID",
            "Id of the service desk the requests are created in"),
    JSM_REQUEST_TYPE_ID("support.jsm-request-type-id", "CUSTODIAN_JSM_REQUEST_TYPE_ID",
            "Id of the request type of the created requests");

    private final String path;
    private final String variable;
    private final String meaning;

    Setting(String path, String variable, String meaning) {
        this.path = path;
        this.variable = variable;
        this.meaning = meaning;
    }

    public String path() {
        return path;
    }

    public String variable() {
        return variable;
    }

    public String meaning() {
        return meaning;
    }
}
