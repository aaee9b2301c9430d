package io.custodian.web.staff;

import java.util.Locale;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.web.http.ApiException;

/**
 * Refuses, with 400, a staff API request whose raw path holds a dot-segment (also percent-encoded) or an encoded slash
 * or backslash: Helidon resolves dot-segments before routing, so {@code /staff/v1/tenants/x/../../receipts} would reach
 * another route than the one written, and an encoded slash would split a client key. Reads nothing but the path.
 */
final class StaffPathGuard implements HttpService {

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::check);
    }

    private void check(ServerRequest req, ServerResponse res) {
        if (isAmbiguous(req.prologue().uriPath().rawPath())) {
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
