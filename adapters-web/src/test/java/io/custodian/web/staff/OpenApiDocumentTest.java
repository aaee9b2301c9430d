package io.custodian.web.staff;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code openapi.yaml} documents exactly the routes the staff API registers (method and path, both ways), says which are
 * public, and is what {@code GET /staff/v1/openapi.yaml} serves.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final JsonNode DOCUMENT = parse();
    private static StaffApiTestApp app;

    @BeforeAll
    static void start() {
        app = new StaffApiTestApp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode parse() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(OpenApiHttpService.document());
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml is not YAML", e);
        }
    }

    /** "GET /tenants" → the operation, for every operation of the document. */
    private static Map<String, JsonNode> documentedOperations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = DOCUMENT.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
                }
            }
        }
        return operations;
    }

    private static Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        StaffApiModule.services(app.useCases, app.fixture.custody.clock)
                .forEach(service -> service.endpoints().forEach(endpoint -> routes.add(endpoint.key())));
        return routes;
    }

    @Test
    void is_openapi_3_1_served_under_the_staff_prefix() {
        assertThat(DOCUMENT.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(DOCUMENT.at("/servers/0/url").asText()).isEqualTo(StaffApiModule.PREFIX);
        assertThat(DOCUMENT.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void every_registered_route_is_documented_and_every_documented_route_is_registered() {
        Set<String> registered = registeredRoutes();
        Set<String> documented = documentedOperations().keySet();

        assertThat(registered).as("registered but not documented")
                .containsAll(StaffApiModule.endpoints().stream().map(StaffEndpoint::key).toList());
        assertThat(difference(registered, documented)).as("registered but not in openapi.yaml").isEmpty();
        assertThat(difference(documented, registered)).as("in openapi.yaml but not registered").isEmpty();
    }

    @Test
    void exactly_the_public_routes_need_no_token_and_every_other_route_documents_its_401() {
        Map<String, JsonNode> operations = documentedOperations();
        Set<String> documentedPublic = operations.entrySet().stream()
                .filter(op -> op.getValue().has("security") && op.getValue().get("security").isEmpty())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registeredPublic = StaffApiModule.endpoints().stream()
                .filter(endpoint -> !endpoint.authenticated())
                .map(StaffEndpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documentedPublic).isEqualTo(registeredPublic);
        operations.forEach((route, operation) -> {
            if (!documentedPublic.contains(route)) {
                assertThat(operation.at("/responses/401").isMissingNode()).as(route + " documents 401").isFalse();
            }
        });
    }

    @Test
    void every_reference_resolves() {
        Set<String> references = new HashSet<>();
        collectReferences(DOCUMENT, references);
        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(DOCUMENT.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void the_document_is_served_as_yaml_without_a_token() {
        var response = app.get("/openapi.yaml", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        assertThat(response.body()).isEqualTo(new String(OpenApiHttpService.document(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
