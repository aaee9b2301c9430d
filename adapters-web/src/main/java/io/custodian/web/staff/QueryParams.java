package io.custodian.web.staff;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.helidon.webserver.http.ServerRequest;

import io.custodian.domain.custody.PageRequest;
import io.custodian.web.http.ApiException;

/** Query and path parameters, checked before anything else happens: every malformed value is a 400 naming it. */
final class QueryParams {

    private QueryParams() {
    }

    /** The single value of a query parameter, if present; given twice is a 400. */
    static Optional<String> single(ServerRequest req, String name) {
        List<String> values = req.query().contains(name) ? req.query().all(name) : List.of();
        if (values.size() > 1) {
            throw ApiException.badRequest("Query parameter '" + name + "' must be given at most once");
        }
        return values.stream().findFirst();
    }

    /** {@code page} (from 0, default 0) and {@code size} (1 to 200, default 50). */
    static PageRequest page(ServerRequest req) {
        int page = integer(req, "page", 0, PageRequest.MAX_PAGE).orElse(0);
        int size = integer(req, "size", 1, PageRequest.MAX_SIZE).orElse(PageRequest.DEFAULT_SIZE);
        return new PageRequest(page, size);
    }

    static Optional<Integer> integer(ServerRequest req, String name, int min, int max) {
        return single(req, name).map(value -> {
            String problem = "Query parameter '" + name + "' must be an integer from " + min + " to " + max;
            if (!value.matches("[0-9]{1,9}")) {
                throw ApiException.badRequest(problem);
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw ApiException.badRequest(problem);
            }
            return number;
        });
    }

    /** An enum value given by its name (exactly, e.g. {@code MARKED_FOR_DELETION}). */
    static <E extends Enum<E>> Optional<E> enumValue(ServerRequest req, String name, Class<E> type) {
        return single(req, name).map(value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw ApiException.badRequest("Query parameter '" + name + "' must be one of "
                    + List.of(type.getEnumConstants()));
        });
    }

    /** A query parameter converted by a domain type; its {@link IllegalArgumentException} becomes a 400. */
    static <T> Optional<T> typed(ServerRequest req, String name, Function<String, T> type) {
        return single(req, name).map(value -> {
            try {
                return type.apply(value);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Query parameter '" + name + "' is invalid: " + e.getMessage());
            }
        });
    }

    /** A path parameter converted by a domain type; its {@link IllegalArgumentException} becomes a 400. */
    static <T> T path(ServerRequest req, String name, Function<String, T> type) {
        String value = req.path().pathParameters().first(name).orElse("");
        try {
            return type.apply(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Path parameter '" + name + "' is invalid: " + e.getMessage());
        }
    }
}
