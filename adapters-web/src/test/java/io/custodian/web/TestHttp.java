package io.custodian.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Plain HTTP/1.1 client against a running server, plus JSON decoding of bodies.
 */
final class TestHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> method(String method, String path) {
        return send(request(path).method(method, BodyPublishers.noBody()).build());
    }

    /** POST with a Content-Length. */
    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build());
    }

    /** POST without Content-Type. */
    HttpResponse<String> postWithoutContentType(String path, String body) {
        return send(request(path).POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** POST with {@code Transfer-Encoding: chunked}: the JDK client chunks bodies of unknown length. */
    HttpResponse<String> postChunked(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        return send(request(path).header("Content-Type", contentType).POST(chunked).build());
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JsonMapping.create().readValue(response.body(), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
