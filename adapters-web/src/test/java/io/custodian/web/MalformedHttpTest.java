package io.custodian.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no well-behaved client sends, written on a raw socket: Helidon rejects most before routing (through
 * {@code JsonErrorDirectHandler}); all of them must get a JSON 400, never a 500 or an HTML page.
 */
class MalformedHttpTest {

    private static final ProbeService PROBE = new ProbeService();
    private static CustodianWebServer server;

    @BeforeAll
    static void startServer() {
        server = CustodianWebServer.builder()
                .settings(new WebSettings("127.0.0.1", 0, 256))
                .serviceInfo(new ServiceInfo("Custodian", "0.1.0-SNAPSHOT", "Roubaix, France"))
                .service("/probe", PROBE)
                .build()
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void a_chunk_size_that_is_not_hex_is_400_and_closes_the_connection() throws IOException {
        String response = exchange("POST /probe/widgets HTTP/1.1\r\nHost: localhost\r\n"
                                           + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           + "zz\r\n{}\r\n0\r\n\r\n");

        assertJsonBadRequest(response);
        assertThat(response.toLowerCase(Locale.ROOT)).contains("\r\nconnection: close\r\n");
    }

    @Test
    void a_content_length_that_is_not_a_number_is_400_json() throws IOException {
        assertJsonBadRequest(exchange("POST /probe/widgets HTTP/1.1\r\nHost: localhost\r\n"
                                              + "Content-Type: application/json\r\nContent-Length: ten\r\n\r\n{}"));
    }

    @Test
    void a_request_without_host_header_is_400_json() throws IOException {
        assertJsonBadRequest(exchange("GET /health HTTP/1.1\r\n\r\n"));
    }

    @Test
    void a_broken_percent_encoding_in_the_path_is_400_json() throws IOException {
        assertJsonBadRequest(exchange("GET /probe/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    }

    private static void assertJsonBadRequest(String response) {
        assertThat(response).startsWith("HTTP/1.1 400 ");
        String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertThat(headers)
                .contains("\r\ncontent-type: application/json")
                .contains("\r\nx-content-type-options: nosniff")
                .contains("\r\nreferrer-policy: no-referrer");
        assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).startsWith("{\"error\":\"bad_request\",\"message\":\"");
    }

    /** Send one request, half-close, read until the server closes. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
