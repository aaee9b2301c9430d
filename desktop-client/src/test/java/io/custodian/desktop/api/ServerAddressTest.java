package io.custodian.desktop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerAddressTest {

    @Test
    void default_url_resolves_health_below_the_root() {
        ServerAddress address = valid("http://localhost:8080");

        assertThat(address.baseUri()).isEqualTo(URI.create("http://localhost:8080/"));
        assertThat(address.resolve("health")).isEqualTo(URI.create("http://localhost:8080/health"));
        assertThat(address.display()).isEqualTo("http://localhost:8080");
    }

    @Test
    void a_path_prefix_is_kept_for_servers_behind_a_reverse_proxy() {
        assertThat(valid("https://support.example.com/custodian").resolve("health"))
                .isEqualTo(URI.create("https://support.example.com/custodian/health"));
    }

    @Test
    void blanks_are_ignored_and_a_missing_scheme_means_http() {
        assertThat(valid("  localhost:8080  ").baseUri()).isEqualTo(URI.create("http://localhost:8080/"));
    }

    @Test
    void query_and_fragment_are_dropped() {
        assertThat(valid("http://localhost:8080/?x=1#top").baseUri()).isEqualTo(URI.create("http://localhost:8080/"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                     | Enter the server URL",
            "'   '                  | Enter the server URL",
            "http://local host:8080 | is not a valid URL",
            "ftp://localhost:8080   | must start with http:// or https://",
            "http://                | is not a valid URL",
            "http://local_host:8080 | has no valid host name",
            "http://localhost:99999 | has a port above 65535",
            "http://me:secret@host  | must not contain a user name or password",
    })
    void rejects_what_is_not_a_usable_server_url_with_a_reason(String text, String reason) {
        assertThat(ServerAddress.parse(text))
                .isInstanceOfSatisfying(ServerAddress.Invalid.class,
                        invalid -> assertThat(invalid.reason()).contains(reason));
    }

    private static ServerAddress valid(String text) {
        return switch (ServerAddress.parse(text)) {
            case ServerAddress.Valid(ServerAddress address) -> address;
            case ServerAddress.Invalid(String reason) -> throw new AssertionError(text + " rejected: " + reason);
        };
    }
}
