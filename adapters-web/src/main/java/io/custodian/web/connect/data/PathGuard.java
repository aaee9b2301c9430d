package io.custodian.web.connect.data;

import java.util.Locale;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.web.http.ApiException;

/**
 * Refuses, with 400, a request under {@code /connect/v1} whose raw path holds a dot-segment ({@code .}, {@code ..},
 * also percent-encoded) or an encoded slash or backslash. Helidon resolves dot-segments before routing, so
 * {@code /connect/v1/relations/../license} would otherwise reach {@code /connect/v1/license}, and an encoded slash
 * would split an id; ids of the app API never need either. Runs before authentication: it reads nothing but the
 * path, and passes every other request on.
 */
final class PathGuard implements HttpService {

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::check);
    }

    private void check(ServerRequest req, ServerResponse res) {
        String rawPath = req.prologue().uriPath().rawPath();
        if (isAmbiguous(rawPath)) {
            throw ApiException.badRequest("The request path must not contain '.' or '..' segments or encoded slashes");
        }
        res.next();
    }

    static boolean isAmbiguous(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")) {
            return true;
        }
        for (String segment : lower.split("/", -1)) {
            String decoded = segment.replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
