package io.custodian.web.staff.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import io.custodian.web.json.JsonMapping;
import io.custodian.web.staff.StaffApiModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test client for the staff API of a server on {@code 127.0.0.1:<port>}: requests to {@code /staff/v1 + path},
 * with an optional bearer token and JSON body, and the JSON of the answers. Shared by the web adapter's and the
 * server's staff API tests.
 */
public final class StaffHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public StaffHttp(int port) {
        this.port = port;
    }

    /** {@code http://127.0.0.1:<port>/staff/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + StaffApiModule.PREFIX;
    }

    /**
     * A request to {@code /staff/v1 + path}; {@code token} and {@code json} may be null; headers as name, value pairs
     * ({@code Content-Type: application/json} is added to a JSON body unless a header names another type).
     */
    public <T> HttpResponse<T> send(String method, String path, String token, String json,
                                    HttpResponse.BodyHandler<T> handler, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's JSON object. */
    public static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JsonMapping.create().readValue(response.body(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** The {@code items} of the answer's JSON object. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(HttpResponse<String> response) {
        return (List<Map<String, Object>>) json(response).get("items");
    }
}
