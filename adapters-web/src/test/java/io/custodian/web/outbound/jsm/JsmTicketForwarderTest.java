package io.custodian.web.outbound.jsm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.custodian.domain.support.ForwardTicketRequest;
import io.custodian.domain.support.ForwardingResult;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ReporterEmail;
import io.custodian.domain.support.TicketId;
import io.custodian.web.connect.testing.LogCapture;
import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Jira Service Management forwarder against a help-desk stub (the JDK's HttpServer on loopback). */
class JsmTicketForwarderTest {

    private static final String USER = "agent@vendor.example";
    private static final String TOKEN = "ATATT3xFfGF0-secret-api-token";
    private static final ForwardTicketRequest REQUEST = new ForwardTicketRequest(new TicketId("T-42"),
            new ProblemReport(new ReporterEmail("jane@acme.example"), "Sync stopped", "Since 09:00 nothing syncs."));

    /** One request the stub received. */
    private record Received(String method, String path, Map<String, List<String>> headers, String body) {
    }

    /** How the stub answers. */
    private interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final List<Received> received = new ArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();

    private URI stub(Answer answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
            }
            try {
                answer.answer(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static Answer json(int status, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    private static JsmTicketForwarder forwarder(URI baseUrl) {
        return new JsmTicketForwarder(new JsmSettings(baseUrl, USER, TOKEN, "4", "27", Duration.ofSeconds(2),
                Duration.ofMillis(500)));
    }

    @AfterEach
    void stopStubs() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void creates_a_customer_request_on_behalf_of_the_reporter_with_basic_auth() throws IOException {
        URI desk = stub(json(201, "{\"issueId\":\"10010\",\"issueKey\":\"SD-7\",\"requestTypeId\":\"27\"}"));

        ForwardingResult result = forwarder(desk).forward(REQUEST);

        assertThat(result).isEqualTo(new ForwardingResult.Created("SD-7"));
        assertThat(received).hasSize(1);
        Received request = received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/rest/servicedeskapi/request");
        assertThat(request.headers().get("Authorization")).containsExactly("Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.headers().get("Content-type")).containsExactly("application/json");
        Map<String, Object> body = JsonMapping.create().readValue(request.body(), new TypeReference<>() { });
        assertThat(body).containsEntry("serviceDeskId", "4").containsEntry("requestTypeId", "27")
                .containsEntry("raiseOnBehalfOf", "jane@acme.example")
                .containsEntry("requestFieldValues", Map.of("summary", "Sync stopped",
                        "description", "Since 09:00 nothing syncs.\n\nCustodian support ticket: T-42"));
    }

    @Test
    void a_base_url_with_a_path_keeps_it() throws IOException {
        URI desk = stub(json(201, "{\"issueKey\":\"SD-8\"}"));

        ForwardingResult result = forwarder(URI.create(desk + "/jira/")).forward(REQUEST);

        assertThat(result).isEqualTo(new ForwardingResult.Created("SD-8"));
        assertThat(received.getFirst().path()).isEqualTo("/jira/rest/servicedeskapi/request");
    }

    @Test
    void a_refusal_of_the_help_desk_is_a_failure_with_its_status_and_message_and_the_log_holds_neither_token_nor_message()
            throws IOException {
        URI desk = stub(json(400, "{\"errorMessage\":\"The user jane@acme.example does not exist\","
                + "\"i18nErrorMessage\":{\"i18nKey\":\"sd.customer.not.found\"}}"));

        ForwardingResult result;
        String log;
        try (LogCapture capture = LogCapture.start()) {
            result = forwarder(desk).forward(REQUEST);
            log = capture.text();
        }

        assertThat(result).isEqualTo(new ForwardingResult.Failed(
                "the help desk answered HTTP 400: The user jane@acme.example does not exist"));
        assertThat(log).contains("T-42", "HTTP 400").doesNotContain(TOKEN).doesNotContain("jane@acme.example");
    }

    @Test
    void unauthorised_or_an_answer_without_issue_key_is_a_failure() throws IOException {
        URI unauthorised = stub(json(401, ""));
        URI noKey = stub(json(201, "{\"issueId\":\"10010\"}"));
        URI notJson = stub(json(200, "<html>login</html>"));

        assertThat(forwarder(unauthorised).forward(REQUEST))
                .isEqualTo(new ForwardingResult.Failed("the help desk answered HTTP 401"));
        assertThat(forwarder(noKey).forward(REQUEST))
                .isEqualTo(new ForwardingResult.Failed("the help desk answered HTTP 201 without an issue key"));
        assertThat(forwarder(notJson).forward(REQUEST))
                .isEqualTo(new ForwardingResult.Failed("the help desk answered HTTP 200 without an issue key"));
    }

    @Test
    void a_help_desk_that_does_not_answer_in_time_is_a_failure() throws IOException {
        URI slow = stub(exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        long started = System.nanoTime();
        ForwardingResult result = forwarder(slow).forward(REQUEST);

        assertThat(result).isInstanceOfSatisfying(ForwardingResult.Failed.class, failed ->
                assertThat(failed.reason()).startsWith("the help desk did not answer within"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void an_unreachable_help_desk_is_a_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ForwardingResult result;
        String log;
        try (LogCapture capture = LogCapture.start()) {
            result = forwarder(URI.create("http://127.0.0.1:" + closedPort)).forward(REQUEST);
            log = capture.text();
        }

        assertThat(result).isInstanceOfSatisfying(ForwardingResult.Failed.class, failed ->
                assertThat(failed.reason()).startsWith("the help desk is unreachable"));
        assertThat(log).doesNotContain(TOKEN);
    }

    @Test
    void a_redirect_is_not_followed_so_the_credentials_go_nowhere_else() throws IOException {
        URI elsewhere = stub(json(201, "{\"issueKey\":\"SD-666\"}"));
        URI redirecting = stub(exchange -> {
            exchange.getResponseHeaders().add("Location", elsewhere + "/rest/servicedeskapi/request");
            exchange.sendResponseHeaders(307, -1);
        });

        ForwardingResult result = forwarder(redirecting).forward(REQUEST);

        assertThat(result).isEqualTo(new ForwardingResult.Failed("the help desk answered HTTP 307"));
        assertThat(received).hasSize(1);
    }

    @Test
    void the_settings_never_show_the_token_and_refuse_what_cannot_work() {
        JsmSettings settings = JsmSettings.of(URI.create("https://vendor.atlassian.net"), USER, TOKEN, "4", "27");

        assertThat(settings.toString()).doesNotContain(TOKEN).contains("redacted");
        assertThat(new JsmTicketForwarder(settings).toString()).doesNotContain(TOKEN);
        assertThat(settings.requestEndpoint()).isEqualTo(
                URI.create("https://vendor.atlassian.net/rest/servicedeskapi/request"));
        assertThatThrownBy(() -> JsmSettings.of(URI.create("ftp://vendor.example"), USER, TOKEN, "4", "27"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsmSettings.of(URI.create("https://vendor.example"), USER, " ", "4", "27"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsmSettings.of(URI.create("https://vendor.example"), USER, TOKEN, "desk", "27"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> JsmSettings.of(URI.create("https://user:pw@vendor.example"), USER, TOKEN, "4", "27"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
