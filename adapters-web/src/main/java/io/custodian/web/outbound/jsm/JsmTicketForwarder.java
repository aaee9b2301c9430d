package io.custodian.web.outbound.jsm;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.custodian.domain.support.ForwardTicketRequest;
import io.custodian.domain.support.ForwardingResult;
import io.custodian.domain.support.TicketForwarder;
import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import static java.lang.System.Logger.Level.WARNING;

/**
 * {@link TicketForwarder} to Jira Service Management: creates a customer request on behalf of the reporting user,
 * {@code POST <baseUrl>/rest/servicedeskapi/request} with {@code serviceDeskId}, {@code requestTypeId},
 * {@code raiseOnBehalfOf} (the reporter's e-mail) and {@code requestFieldValues} {@code summary} and
 * {@code description} (the description ends with the Custodian ticket id, so agents find the support bundle), basic
 * authentication with the configured user and API token. Only the report is sent, never the support bundle or account
 * data. Redirects are not followed (the credentials go to the configured site only).
 * <p>Every failure is an answer, never an exception: the help desk unreachable or too slow, or answering anything but
 * 2xx with an {@code issueKey}, is {@link ForwardingResult.Failed} with a reason that names the HTTP status and the
 * help desk's own {@code errorMessage} (never the token), which the ticket records. Failures are logged without that
 * message: it may quote the reporter.
 */
public final class JsmTicketForwarder implements TicketForwarder {

    private static final System.Logger LOGGER = System.getLogger(JsmTicketForwarder.class.getName());
    private static final int MAX_ERROR_MESSAGE = 300;
    private static final ObjectMapper JSON = JsonMapping.create();

    private final JsmSettings settings;
    private final HttpClient http;
    private final String authorization;

    public JsmTicketForwarder(JsmSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.user() + ":" + settings.apiToken()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ForwardingResult forward(ForwardTicketRequest request) {
        Objects.requireNonNull(request, "request");
        HttpRequest post = HttpRequest.newBuilder(settings.requestEndpoint())
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JsonMapping.toBytes(body(request))))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return failed(request, "the help desk did not answer within " + settings.requestTimeout().toSeconds()
                    + " s");
        } catch (IOException e) {
            return failed(request, "the help desk is unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(request, "interrupted while forwarding to the help desk");
        }
        int status = response.statusCode();
        JsonNode answer = json(response.body());
        if (status / 100 == 2) {
            String issueKey = answer.path("issueKey").asText("");
            if (!issueKey.isBlank()) {
                return new ForwardingResult.Created(issueKey);
            }
            return failed(request, "the help desk answered HTTP " + status + " without an issue key");
        }
        String message = answer.path("errorMessage").asText("").strip();
        String failure = "the help desk answered HTTP " + status;
        LOGGER.log(WARNING, () -> "Forwarding support ticket " + request.ticket()
                + " to Jira Service Management failed: " + failure);
        return new ForwardingResult.Failed(failure + (message.isEmpty() ? "" : ": " + truncate(message)));
    }

    private Map<String, Object> body(ForwardTicketRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", request.report().summary());
        String description = request.report().description();
        fields.put("description", (description.isEmpty() ? "" : description + "\n\n")
                + "Custodian support ticket: " + request.ticket().value());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceDeskId", settings.serviceDeskId());
        body.put("requestTypeId", settings.requestTypeId());
        body.put("raiseOnBehalfOf", request.report().reporter().value());
        body.put("requestFieldValues", fields);
        return body;
    }

    private static ForwardingResult failed(ForwardTicketRequest request, String reason) {
        LOGGER.log(WARNING, () -> "Forwarding support ticket " + request.ticket()
                + " to Jira Service Management failed: " + reason);
        return new ForwardingResult.Failed(reason);
    }

    /** The answer as JSON; a missing node when it is empty or not JSON. */
    private static JsonNode json(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static String truncate(String message) {
        String line = message.replaceAll("\\p{Cntrl}+", " ");
        return line.length() <= MAX_ERROR_MESSAGE ? line : line.substring(0, MAX_ERROR_MESSAGE);
    }

    @Override
    public String toString() {
        return "JsmTicketForwarder[" + settings + "]";
    }
}
