package io.custodian.web.http;

import java.util.Locale;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Refuses, with 400, a request whose raw path holds a dot-segment ({@code .}, {@code ..}, also percent-encoded) or an
 * encoded slash or backslash. Helidon resolves dot-segments before routing, so {@code /connect/v1/relations/../license}
 * would otherwise reach {@code /connect/v1/license} (and {@code /staff/v1/tenants/x/../../receipts} another staff
 * route than the one written), and an encoded slash would split an id or a client key; neither API needs either.
 * Mounted in front of the app API and the staff API, before authentication: it reads nothing but the path, and passes
 * every other request on.
 */
public final class PathGuard implements HttpService {

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

    /** Whether {@code rawPath} holds a dot-segment or an encoded slash or backslash. */
    public static boolean isAmbiguous(String rawPath) {
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
