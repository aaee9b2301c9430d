package io.custodian.web.connect.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.custodian.web.connect.jwt.PemPublicKeys;

/**
 * A stand-in for {@code connect-install-keys.atlassian.com} on loopback: {@code GET /<kid>} answers the PEM public key
 * published under that key id, 404 otherwise. It can be switched to answer 500 or to hang (until closed), and stopped
 * to simulate an unreachable key server.
 */
public final class KeyServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pems = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Mode mode = Mode.SERVE;
    private volatile boolean stopped;

    /** How the server answers. */
    public enum Mode { SERVE, FAIL_500, HANG, GARBAGE }

    private KeyServer(HttpServer server) {
        this.server = server;
    }

    public static KeyServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            KeyServer keyServer = new KeyServer(server);
            server.createContext("/", keyServer::handle);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return keyServer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public KeyServer publish(String kid, RSAPublicKey key) {
        pems.put(kid, PemPublicKeys.format(key));
        return this;
    }

    public KeyServer mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    /** Requests received so far. */
    public int requests() {
        return requests.get();
    }

    /** Stop listening: later fetches find nothing listening on the port. */
    public void stop() {
        if (!stopped) {
            stopped = true;
            release.countDown();
            server.stop(0);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            switch (mode) {
                case HANG -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    answer(exchange, 503, "stopped");
                }
                case FAIL_500 -> answer(exchange, 500, "internal error");
                case GARBAGE -> answer(exchange, 200, "<html>not a key</html>");
                case SERVE -> {
                    String kid = exchange.getRequestURI().getRawPath().substring(1);
                    String pem = pems.get(kid);
                    if (pem == null || !exchange.getRequestMethod().equals("GET")) {
                        answer(exchange, 404, "no such key");
                    } else {
                        answer(exchange, 200, pem);
                    }
                }
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", "application/x-pem-file");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
