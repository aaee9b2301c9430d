package io.custodian.web.connect;

import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.web.http.MethodNotAllowed;
import io.custodian.web.json.JsonMapping;

/**
 * {@code GET /atlassian-connect.json}: the app descriptor, public (Atlassian fetches it without a JWT). Mounted at
 * {@code /atlassian-connect.json}; other methods get 405.
 */
final class DescriptorService implements HttpService {

    static final String PATH = "/atlassian-connect.json";

    private final byte[] body;

    DescriptorService(ConnectSettings settings) {
        this.body = JsonMapping.toBytes(ConnectDescriptor.of(settings));
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::descriptor)
                .any("/", MethodNotAllowed.allowing(Method.GET));
    }

    private void descriptor(ServerRequest req, ServerResponse res) {
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.send(body);
    }
}
