package io.custodian.desktop.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.custodian.desktop.api.StaffApiException.ConnectionFailed;
import io.custodian.desktop.api.StaffApiException.ConnectionRefused;
import io.custodian.desktop.api.StaffApiException.TimedOut;
import io.custodian.desktop.api.StaffApiException.UnexpectedAnswer;
import io.custodian.desktop.api.StaffApiException.UnknownHost;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Client of one Custodian server's HTTP JSON API. Blocking: call it off the FX application thread.
 *
 * <p>Speaks the API with its own records ({@link ServerHealth}, …), not with the server's classes.
 */
public final class StaffApiClient {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .build();

    private final ServerAddress server;
    private final HttpClient http;
    private final Duration requestTimeout;

    /**
     * @param http           shared client; give it a connect timeout (see {@link #newHttpClient(Duration)})
     * @param requestTimeout how long to wait for an answer once a request is sent
     */
    public StaffApiClient(ServerAddress server, HttpClient http, Duration requestTimeout) {
        this.server = Objects.requireNonNull(server, "server");
        this.http = Objects.requireNonNull(http, "http");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
    }

    /** An HTTP client suitable for this API: HTTP/1.1, the given connect timeout, normal redirects. */
    public static HttpClient newHttpClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public ServerAddress server() {
        return server;
    }

    /**
     * {@code GET /health}. The server answers 200 when UP and 503 when DOWN, both with the same JSON
     * body; either way this returns the parsed body.
     *
     * @throws StaffApiException    when the server cannot be reached or its answer is not health JSON
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public ServerHealth health() throws StaffApiException, InterruptedException {
        URI uri = server.resolve("health");
        HttpResponse<String> response = send(uri);
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("no content type");
        if (status != 200 && status != 503) {
            throw new StaffApiException(
                    new UnexpectedAnswer(uri, status, contentType, "HTTP status " + status + " is not a health answer"),
                    null);
        }
        try {
            ServerHealth health = JSON.readValue(response.body(), ServerHealth.class);
            if (health == null) {
                throw new StaffApiException(new UnexpectedAnswer(uri, status, contentType, "the body is JSON null"), null);
            }
            return health;
        } catch (JsonProcessingException e) {
            throw new StaffApiException(
                    new UnexpectedAnswer(uri, status, contentType, "the body is not health JSON: " + e.getOriginalMessage()),
                    e);
        }
    }

    private HttpResponse<String> send(URI uri) throws StaffApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", "Custodian-Desktop")
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw new StaffApiException(new TimedOut(uri, http.connectTimeout().orElse(requestTimeout)), e);
        } catch (HttpTimeoutException e) {
            throw new StaffApiException(new TimedOut(uri, requestTimeout), e);
        } catch (ConnectException e) {
            throw new StaffApiException(classifyConnectFailure(uri, e), e);
        } catch (IOException e) {
            throw new StaffApiException(new ConnectionFailed(uri, detailOf(e)), e);
        }
    }

    private static StaffApiException.Problem classifyConnectFailure(URI uri, ConnectException e) {
        boolean onlyRefusalMessages = true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new UnknownHost(uri);
            }
            String message = t.getMessage();
            if (message != null && !message.toLowerCase(Locale.ROOT).contains("refused")) {
                onlyRefusalMessages = false;
            }
        }
        // The JDK client reports a refused connection as a ConnectException without a message
        // (caused by a ClosedChannelException); anything with a more specific message is passed on.
        return onlyRefusalMessages ? new ConnectionRefused(uri) : new ConnectionFailed(uri, detailOf(e));
    }

    private static String detailOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
