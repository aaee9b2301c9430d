package io.custodian.server.config;

/** Every configuration key, its environment variable and its meaning (the README's table is this list). */
public enum Setting {
    HOST("server.host", "CUSTODIAN_HOST", "Interface to listen on"),
    PORT("server.port", "CUSTODIAN_PORT", "HTTP port (0 = any free port)"),
    BASE_URL("server.base-url", "CUSTODIAN_BASE_URL", "Public base URL of this server, as Atlassian calls it"),
    MAX_REQUEST_BYTES("server.max-request-bytes", "CUSTODIAN_MAX_REQUEST_BYTES",
            "Largest accepted request body; larger bodies are answered 413"),
    DATA_DIR("data.directory", "CUSTODIAN_DATA_DIR", "Local data directory (embedded database, development keys)"),
    DATA_LOCATION("data.location", "CUSTODIAN_DATA_LOCATION", "Declared data location of this deployment"),
    DB_URL("database.url", "CUSTODIAN_DB_URL", "JDBC URL of an external PostgreSQL; empty = embedded"),
    DB_USER("database.user", "CUSTODIAN_DB_USER", "Database role (external database)"),
    DB_PASSWORD("database.password", "CUSTODIAN_DB_PASSWORD", "Database password (external database)"),
    DB_POOL_SIZE("database.pool-size", "CUSTODIAN_DB_POOL_SIZE", "Maximum number of pooled connections"),
    DB_CONNECT_TIMEOUT("database.connect-timeout", "CUSTODIAN_DB_CONNECT_TIMEOUT",
            "How long to wait for a database connection (ISO-8601 duration)"),
    EMBEDDED_DB_PORT("database.embedded-port", "CUSTODIAN_EMBEDDED_DB_PORT",
            "Port of the embedded PostgreSQL (0 = any free port)");

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
