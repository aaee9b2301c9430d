package io.custodian.desktop.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.custodian.desktop.api.HealthCheck;
import io.custodian.desktop.api.HealthStatus;
import io.custodian.desktop.api.ServerAddress;
import io.custodian.desktop.api.StaffApiClient;
import io.custodian.desktop.testing.StubHttpServer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The view model without the FX toolkit: executors run tasks on the calling thread (or when the
 * test says so), and a real {@link StaffApiClient} talks to a stub HTTP server.
 */
class ConnectionViewModelTest {

    static final String UP = """
            {"status":"UP","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",\
            "liveness":"UP","readiness":"UP","checks":[{"name":"database","status":"UP"}]}""";
    static final String DOWN = """
            {"status":"DOWN","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",\
            "liveness":"UP","readiness":"DOWN","checks":[{"name":"database","status":"DOWN"},{"name":"disk","status":"UP"}]}""";

    private static final HttpClient HTTP = StaffApiClient.newHttpClient(Duration.ofSeconds(2));
    private static final Executor DIRECT = Runnable::run;

    private final RememberingMemory memory = new RememberingMemory();
    private Duration requestTimeout = Duration.ofSeconds(5);
    private final Function<ServerAddress, StaffApiClient> clients =
            address -> new StaffApiClient(address, HTTP, requestTimeout);

    @AfterAll
    static void closeHttpClient() {
        HTTP.close();
    }

    @Test
    void starts_with_the_default_url_when_none_is_remembered() {
        assertThat(viewModel().serverUrlProperty().get()).isEqualTo("http://localhost:8080");
    }

    @Test
    void starts_with_the_remembered_url() {
        memory.remember("https://custodian.example.com");

        assertThat(viewModel().serverUrlProperty().get()).isEqualTo("https://custodian.example.com");
    }

    @Test
    void shows_status_version_location_and_checks_of_a_server_that_is_up() {
        try (StubHttpServer server = StubHttpServer.answering(200, "application/json", UP)) {
            ConnectionViewModel viewModel = viewModel();
            viewModel.serverUrlProperty().set(server.baseUri().toString());

            viewModel.check();

            assertThat(viewModel.isBusy()).isFalse();
            assertThat(viewModel.errorMessageProperty().get()).isEmpty();
            assertThat(viewModel.hasResultProperty().get()).isTrue();
            assertThat(viewModel.healthStatusProperty().get()).isEqualTo(HealthStatus.UP);
            assertThat(viewModel.statusProperty().get()).isEqualTo("UP");
            assertThat(viewModel.statusDetailProperty().get()).isEqualTo("All 1 checks UP.");
            assertThat(viewModel.serverNameProperty().get()).isEqualTo("Custodian");
            assertThat(viewModel.versionProperty().get()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(viewModel.dataLocationProperty().get()).isEqualTo("Roubaix, France");
            assertThat(viewModel.probesProperty().get()).isEqualTo("liveness UP · readiness UP");
            assertThat(viewModel.checks()).containsExactly(new HealthCheck("database", HealthStatus.UP));
            assertThat(viewModel.checkedServerProperty().get()).isEqualTo("Answer from " + display(server));
            assertThat(server.requests()).containsExactly("GET /health");
        }
    }

    @Test
    void remembers_the_url_of_a_server_that_answered() {
        try (StubHttpServer server = StubHttpServer.answering(200, "application/json", UP)) {
            ConnectionViewModel viewModel = viewModel();
            viewModel.serverUrlProperty().set("  " + server.baseUri() + " ");

            viewModel.check();

            assertThat(memory.recall()).contains(server.baseUri().toString());
        }
    }

    @Test
    void shows_down_with_the_failing_check_names_from_a_503_body() {
        try (StubHttpServer server = StubHttpServer.answering(503, "application/json", DOWN)) {
            ConnectionViewModel viewModel = viewModel();
            viewModel.serverUrlProperty().set(server.baseUri().toString());

            viewModel.check();

            assertThat(viewModel.errorMessageProperty().get()).isEmpty();
            assertThat(viewModel.hasResultProperty().get()).isTrue();
            assertThat(viewModel.statusProperty().get()).isEqualTo("DOWN");
            assertThat(viewModel.statusDetailProperty().get()).isEqualTo("Failing checks: database");
            assertThat(viewModel.probesProperty().get()).isEqualTo("liveness UP · readiness DOWN");
            assertThat(viewModel.versionProperty().get()).isEqualTo("0.1.0-SNAPSHOT");
            assertThat(viewModel.checks()).containsExactly(
                    new HealthCheck("database", HealthStatus.DOWN), new HealthCheck("disk", HealthStatus.UP));
        }
    }

    @Test
    void shows_a_refused_connection_as_a_message() {
        ConnectionViewModel viewModel = viewModel();
        String url = StubHttpServer.refusingConnections().toString();
        viewModel.serverUrlProperty().set(url);

        viewModel.check();

        assertThat(viewModel.isBusy()).isFalse();
        assertThat(viewModel.hasResultProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.errorMessageProperty().get())
                .isEqualTo("Cannot connect to " + url.substring(0, url.length() - 1)
                        + ": connection refused. Is the Custodian server running at that address?");
        assertThat(memory.recall()).isEmpty();
    }

    @Test
    void rejects_a_malformed_url_without_calling_anything() {
        List<ServerAddress> called = new ArrayList<>();
        ConnectionViewModel viewModel = new ConnectionViewModel(address -> {
            called.add(address);
            return clients.apply(address);
        }, DIRECT, DIRECT, memory);
        viewModel.serverUrlProperty().set("http://local host:8080");

        viewModel.check();

        assertThat(called).isEmpty();
        assertThat(viewModel.isBusy()).isFalse();
        assertThat(viewModel.hasResultProperty().get()).isFalse();
        assertThat(viewModel.errorMessageProperty().get())
                .startsWith("Invalid server URL: “http://local host:8080” is not a valid URL");
    }

    @Test
    void shows_a_body_that_is_not_json_as_a_message() {
        try (StubHttpServer server = StubHttpServer.answering(200, "text/html", "<html><body>Welcome to nginx!</body></html>")) {
            ConnectionViewModel viewModel = viewModel();
            viewModel.serverUrlProperty().set(server.baseUri().toString());

            viewModel.check();

            assertThat(viewModel.hasResultProperty().get()).isFalse();
            assertThat(viewModel.errorMessageProperty().get()).isEqualTo(display(server)
                    + " answered, but not with Custodian health JSON (text/html). Is this the address of a Custodian server?");
        }
    }

    @Test
    void shows_a_503_without_health_details_as_a_message() {
        try (StubHttpServer server = StubHttpServer.answering(503, "text/plain", "Service Unavailable")) {
            ConnectionViewModel viewModel = viewModel();
            viewModel.serverUrlProperty().set(server.baseUri().toString());

            viewModel.check();

            assertThat(viewModel.hasResultProperty().get()).isFalse();
            assertThat(viewModel.errorMessageProperty().get())
                    .startsWith(display(server) + " is unavailable (HTTP 503) and sent no health details");
        }
    }

    @Test
    void shows_a_timeout_as_a_message() {
        requestTimeout = Duration.ofMillis(300);
        try (StubHttpServer server = StubHttpServer.neverAnswering()) {
            ConnectionViewModel viewModel = viewModel();
            viewModel.serverUrlProperty().set(server.baseUri().toString());

            viewModel.check();

            assertThat(viewModel.errorMessageProperty().get())
                    .startsWith("No answer from " + display(server) + " within 300 ms.");
        }
    }

    @Test
    void is_busy_until_the_result_is_applied_on_the_ui_executor_and_ignores_checks_meanwhile() {
        try (StubHttpServer server = StubHttpServer.answering(200, "application/json", UP)) {
            Queue<Runnable> backgroundTasks = new ArrayDeque<>();
            Queue<Runnable> uiTasks = new ArrayDeque<>();
            ConnectionViewModel viewModel = new ConnectionViewModel(clients, backgroundTasks::add, uiTasks::add, memory);
            viewModel.serverUrlProperty().set(server.baseUri().toString());

            viewModel.check();
            viewModel.check();

            assertThat(viewModel.isBusy()).isTrue();
            assertThat(viewModel.progressMessageProperty().get()).isEqualTo("Checking " + display(server) + " …");
            assertThat(backgroundTasks).hasSize(1);

            backgroundTasks.remove().run();
            assertThat(viewModel.isBusy()).as("result not applied before the UI executor runs").isTrue();
            assertThat(viewModel.hasResultProperty().get()).isFalse();

            uiTasks.remove().run();
            assertThat(viewModel.isBusy()).isFalse();
            assertThat(viewModel.progressMessageProperty().get()).isEmpty();
            assertThat(viewModel.statusProperty().get()).isEqualTo("UP");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void a_new_check_clears_the_previous_result() {
        ConnectionViewModel viewModel = viewModel();
        try (StubHttpServer server = StubHttpServer.answering(200, "application/json", UP)) {
            viewModel.serverUrlProperty().set(server.baseUri().toString());
            viewModel.check();
            assertThat(viewModel.statusProperty().get()).isEqualTo("UP");
        }

        viewModel.serverUrlProperty().set(StubHttpServer.refusingConnections().toString());
        viewModel.check();

        assertThat(viewModel.hasResultProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.versionProperty().get()).isEmpty();
        assertThat(viewModel.checks()).isEmpty();
        assertThat(viewModel.errorMessageProperty().get()).contains("connection refused");
    }

    private ConnectionViewModel viewModel() {
        return new ConnectionViewModel(clients, DIRECT, DIRECT, memory);
    }

    private static String display(StubHttpServer server) {
        String uri = server.baseUri().toString();
        return uri.substring(0, uri.length() - 1);
    }

    private static final class RememberingMemory implements ServerUrlMemory {
        private String url;

        @Override
        public Optional<String> recall() {
            return Optional.ofNullable(url);
        }

        @Override
        public void remember(String serverUrl) {
            url = serverUrl;
        }
    }
}
