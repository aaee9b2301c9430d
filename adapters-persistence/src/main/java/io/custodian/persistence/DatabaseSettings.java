package io.custodian.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach PostgreSQL. The password is never part of {@link #toString()}.
 *
 * @param jdbcUrl        e.g. {@code jdbc:postgresql://localhost:5432/custodian}
 * @param user           database role
 * @param password       its password (may be empty)
 * @param maxPoolSize    upper bound of the connection pool
 * @param connectTimeout how long to wait for a connection before failing
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize,
                               Duration connectTimeout) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL must start with jdbc:postgresql: but was " + redact(jdbcUrl));
        }
        if (maxPoolSize < 1 || maxPoolSize > 1000) {
            throw new IllegalArgumentException("database pool size must be between 1 and 1000, was " + maxPoolSize);
        }
        if (connectTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("database connect timeout must be at least 250 ms");
        }
    }

    public DatabaseSettings(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, 10, Duration.ofSeconds(5));
    }

    /** Removes a password given as a URL parameter before a URL is shown in a message. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
