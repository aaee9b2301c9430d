package io.custodian.desktop.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * An HTTP server on a free loopback port that gives every request the same canned answer, or no
 * answer at all; for testing how the client copes with what servers (and proxies) send.
 */
public final class StubHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private StubHttpServer(int status, String contentType, String body, boolean answer) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                if (!answer) {
                    release.await(); // hold the request open until close()
                    return;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                if (contentType != null) {
                    exchange.getResponseHeaders().set("Content-Type", contentType);
                }
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /** Answers every request with this status, content type and body. */
    public static StubHttpServer answering(int status, String contentType, String body) {
        return new StubHttpServer(status, contentType, body, true);
    }

    /** Accepts connections and requests but never answers (until closed). */
    public static StubHttpServer neverAnswering() {
        return new StubHttpServer(0, null, "", false);
    }

    /**
     * A loopback URI on which nothing listens, so connecting is refused: a port that was free a
     * moment ago (it could be taken again in between, which is unlikely enough for tests).
     */
    public static URI refusingConnections() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Method and path of every request received so far, e.g. {@code GET /health}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
