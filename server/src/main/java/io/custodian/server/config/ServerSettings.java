package io.custodian.server.config;

import io.custodian.domain.identity.IdentitySettings;
import io.custodian.domain.retention.RetentionSettings;
import io.custodian.domain.support.ProblemReportPolicy;
import io.custodian.web.connect.ConnectSettings;
import io.custodian.web.outbound.jsm.JsmSettings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Everything the server needs, typed and validated. Built by {@link SettingsLoader}. */
public record ServerSettings(boolean production, Http http, Data data, Database database, Keys keys,
                             RetentionSettings retention, Sweep sweep, ConnectSettings connect,
                             IdentitySettings identity, Support support) {

    /**
     * Problem reports: what a support bundle collects and carries, and the optional external help desk (Jira Service
     * Management) reports are forwarded to; empty = not forwarded. {@link JsmSettings#toString()} hides the token.
     */
    public record Support(ProblemReportPolicy policy, Optional<JsmSettings> jsm) {
    }

    /**
     * The retention sweep of this process; {@code pageChunkTarget} is the duration a page sweep chunk should not
     * exceed (zero: chunks of a fixed size).
     */
    public record Sweep(boolean enabled, Duration interval, int batchSize, int workers, int pageChunkRows,
                        Duration pageChunkTarget) {
    }

    /** The HTTP listener. */
    public record Http(String host, int port, URI baseUrl, long maxRequestBytes) {
    }

    /** Where data lives: the local directory and the declared data location. */
    public record Data(Path directory, String location, boolean demo) {
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

    /** Where each key comes from: a value, a file, or (development only) a generated file in the data directory. */
    public record Keys(Optional<String> masterKey, Optional<Path> masterKeyFile, Optional<String> pseudonymKey,
                       Optional<Path> pseudonymKeyFile, Optional<Path> receiptSigningKeyFile) {

        @Override
        public String toString() {
            return "Keys[masterKey=" + (masterKey.isPresent() ? "(set)" : "(none)") + ", masterKeyFile=" + masterKeyFile
                    + ", pseudonymKey=" + (pseudonymKey.isPresent() ? "(set)" : "(none)") + ", pseudonymKeyFile="
                    + pseudonymKeyFile + ", receiptSigningKeyFile=" + receiptSigningKeyFile + "]";
        }
    }
}
