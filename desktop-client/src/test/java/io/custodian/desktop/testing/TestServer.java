package io.custodian.desktop.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A Custodian server for desktop tests: tests use only {@link #start()}, {@link #baseUri()} and
 * {@link #close()}.
 *
 * <p>For now a JDK {@link HttpServer} on a free port answering {@code GET /health} with the
 * server's documented JSON; it is meant to be replaced by the real Custodian server without
 * changing the tests.
 */
public interface TestServer extends AutoCloseable {

    /** Base URI of the running server, e.g. {@code http://127.0.0.1:43817/}. */
    URI baseUri();

    /** Stops the server; safe to call more than once. */
    @Override
    void close();

    /** Starts a server on a free port of the loopback interface. */
    static TestServer start() {
        // the body the real server documents for GET /health when it is UP
        String healthJson = """
                {"status":"UP","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",\
                "liveness":"UP","readiness":"UP","checks":[{"name":"database","status":"UP"}]}""";
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/health", exchange -> {
                try (exchange) {
                    if (!"GET".equals(exchange.getRequestMethod())) {
                        exchange.sendResponseHeaders(405, -1);
                        return;
                    }
                    byte[] body = healthJson.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();
            URI baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            return new TestServer() {
                @Override
                public URI baseUri() {
                    return baseUri;
                }

                @Override
                public void close() {
                    server.stop(0);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test server", e);
        }
    }
}
