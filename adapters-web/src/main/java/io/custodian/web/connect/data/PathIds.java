package io.custodian.web.connect.data;

import java.util.List;
import java.util.function.Function;

import io.helidon.webserver.http.ServerRequest;

import io.custodian.domain.appdata.ConfigurationName;
import io.custodian.domain.appdata.FieldId;
import io.custodian.domain.appdata.LocalIssueId;
import io.custodian.domain.appdata.RelationId;
import io.custodian.domain.appdata.TwinKey;
import io.custodian.web.http.ApiException;

/**
 * Ids from the request path, checked by the domain's id types before anything else happens: a path segment that is
 * not a safe id (a dot-segment, an encoded {@code /}, any other character, too long) is a 400.
 */
final class PathIds {

    private PathIds() {
    }

    static RelationId relation(ServerRequest req) {
        return parameter(req, "relationId", RelationId::new);
    }

    static TwinKey twin(ServerRequest req) {
        RelationId relation = relation(req);
        return new TwinKey(relation, parameter(req, "localIssueId", LocalIssueId::new));
    }

    static FieldId field(ServerRequest req) {
        return parameter(req, "fieldId", FieldId::new);
    }

    static ConfigurationName configuration(ServerRequest req) {
        return parameter(req, "name", ConfigurationName::new);
    }

    /** The single value of a query parameter, if present; a repeated parameter is a 400. */
    static java.util.Optional<String> query(ServerRequest req, String name) {
        List<String> values = req.query().contains(name) ? req.query().all(name) : List.of();
        if (values.size() > 1) {
            throw ApiException.badRequest("Query parameter '" + name + "' must be given at most once");
        }
        return values.stream().findFirst();
    }

    private static <T> T parameter(ServerRequest req, String name, Function<String, T> type) {
        String value = req.path().pathParameters().first(name).orElse("");
        try {
            return type.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Path parameter '" + name + "' is invalid: " + e.getMessage());
        }
    }
}
