package io.custodian.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.web.http.ApiException;
import io.custodian.web.http.JsonBody;

/**
 * Test-only service: JSON routes that count how far a request got, a failing route and an {@link ApiException} route.
 */
final class ProbeService implements HttpService {

    static final OffsetDateTime RECEIVED_AT = OffsetDateTime.parse("2026-01-31T10:15:30+01:00");
    static final String SECRET = "jdbc:postgresql://db.internal/custodian?password=hunter2";

    /** Handler entered (before reading the body). */
    final AtomicInteger entered = new AtomicInteger();
    /** Body read and accepted. */
    final AtomicInteger processed = new AtomicInteger();

    record Widget(String name, int count, Instant createdAt) {
        Widget {
            Objects.requireNonNull(name, "name");
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
        }
    }

    record Receipt(String name, int count, Instant createdAt, OffsetDateTime receivedAt) {
    }

    /** Jackson cannot serialize a bare {@code Object}: a server bug, not a client one. */
    record Holder(Object value) {
    }

    void reset() {
        entered.set(0);
        processed.set(0);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/widgets", this::createWithJsonBody)
                .post("/widgets-media", this::createWithMediaSupport)
                .get("/boom", (req, res) -> {
                    throw new IllegalStateException("cannot reach " + SECRET);
                })
                .get("/unserializable", (req, res) -> res.send(new Holder(new Object())))
                .get("/conflict", (req, res) -> {
                    throw new ApiException(409, "tenant_already_installed", "The tenant is already installed");
                });
    }

    private void createWithJsonBody(ServerRequest req, ServerResponse res) {
        entered.incrementAndGet();
        Widget widget = JsonBody.read(req, Widget.class);
        accept(widget, res);
    }

    private void createWithMediaSupport(ServerRequest req, ServerResponse res) {
        entered.incrementAndGet();
        Widget widget = req.content().as(Widget.class);
        accept(widget, res);
    }

    private void accept(Widget widget, ServerResponse res) {
        processed.incrementAndGet();
        res.status(201).send(new Receipt(widget.name(), widget.count(), widget.createdAt(), RECEIVED_AT));
    }
}
