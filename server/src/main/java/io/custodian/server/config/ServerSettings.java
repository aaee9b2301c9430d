package io.custodian.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Everything the server needs, typed and validated. Built by {@link SettingsLoader}. */
public record ServerSettings(Http http, Data data, Database database) {

    /** The HTTP listener. */
    public record Http(String host, int port, URI baseUrl, long maxRequestBytes) {
    }

    /** Where data lives: the local directory and the declared data location. */
    public record Data(Path directory, String location) {
    }

    /**
     * The database: an external PostgreSQL when {@code url} is present, otherwise an embedded one whose cluster
     * lives in {@code <data directory>/postgres}.
     */
    public record Database(Optional<String> url, String user, String password, int poolSize,
                           Duration connectTimeout, int embeddedPort) {

        public boolean external() {
            return url.isPresent();
        }

        @Override
        public String toString() {
            return "Database[url=" + url.map(u -> u.replaceAll("(?i)(password=)[^&]*", "$1***")).orElse("(embedded)")
                    + ", user=" + user + ", poolSize=" + poolSize + "]";
        }
    }
}
