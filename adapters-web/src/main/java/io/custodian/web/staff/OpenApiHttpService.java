package io.custodian.web.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /openapi.yaml}: the OpenAPI 3.1 description of the staff API, public (it holds no data). */
final class OpenApiHttpService extends StaffHttpService {

    /** The class-path resource of the document. */
    static final String RESOURCE = "/io/custodian/web/staff/openapi.yaml";

    private final byte[] document;

    OpenApiHttpService(StaffAuthentication authentication) {
        super(authentication);
        this.document = document();
    }

    /** The document's bytes. */
    static byte[] document() {
        try (InputStream in = OpenApiHttpService.class.getResourceAsStream(RESOURCE)) {
            return Objects.requireNonNull(in, "missing resource " + RESOURCE).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void routes(Routes routes) {
        routes.open(StaffEndpoint.OPENAPI, this::send);
    }

    private void send(ServerRequest req, ServerResponse res) {
        res.header(HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/yaml; charset=UTF-8"));
        res.send(document);
    }
}
