package io.custodian.web.staff;

import java.util.Locale;

import io.helidon.http.Method;

/**
 * Every route of the staff API: method, path template relative to {@link StaffApiModule#PREFIX} (as in
 * {@code openapi.yaml}), and whether it needs a bearer token. This one list is what the services bind their handlers
 * to ({@link StaffApiModule#mounts} refuses to start with one unbound or bound twice), what the OpenAPI check compares
 * with {@code openapi.yaml}, and what the authentication tests walk. Within a path prefix, literal paths come before
 * templates that would match them ({@code /receipts/public-key} before {@code /receipts/{id}}).
 */
public enum StaffEndpoint {
    OPENAPI(Method.GET, "/openapi.yaml", false),
    LOGIN(Method.POST, "/sessions", false),
    LOGOUT(Method.DELETE, "/sessions/current", true),
    ME(Method.GET, "/me", true),

    LIST_TENANTS(Method.GET, "/tenants", true),
    VIEW_TENANT(Method.GET, "/tenants/{clientKey}", true),
    FORECAST_TENANT(Method.GET, "/tenants/{clientKey}/forecast", true),

    LIST_TICKETS(Method.GET, "/tickets", true),
    VIEW_TICKET(Method.GET, "/tickets/{id}", true),
    RESOLVE_TICKET(Method.POST, "/tickets/{id}/resolve", true),
    TICKET_BUNDLE(Method.GET, "/tickets/{id}/bundle", true),

    PURGED_DOWNLOADS(Method.GET, "/downloads/purged", true),
    ACKNOWLEDGE_WIPE(Method.POST, "/downloads/{id}/wiped", true),

    REQUEST_DELETION(Method.POST, "/deletion-requests", true),
    LIST_DELETION_REQUESTS(Method.GET, "/deletion-requests", true),
    APPROVE_DELETION(Method.POST, "/deletion-requests/{id}/approve", true),
    EXECUTE_DELETION(Method.POST, "/deletion-requests/{id}/execute", true),
    CANCEL_DELETION(Method.POST, "/deletion-requests/{id}/cancel", true),

    RECEIPT_PUBLIC_KEY(Method.GET, "/receipts/public-key", false),
    LIST_RECEIPTS(Method.GET, "/receipts", true),
    VIEW_RECEIPT(Method.GET, "/receipts/{id}", true),

    LIST_AUDIT(Method.GET, "/audit", true),
    VERIFY_AUDIT(Method.GET, "/audit/verification", true),

    RETENTION_OVERDUE(Method.GET, "/retention/overdue", true),

    LIST_STAFF(Method.GET, "/staff", true),
    ADD_STAFF(Method.POST, "/staff", true),
    DISABLE_STAFF(Method.POST, "/staff/{id}/disable", true),
    SET_CONTRACT(Method.PUT, "/staff/{id}/contract", true),
    SET_PASSWORD(Method.PUT, "/staff/{id}/password", true);

    private final Method method;
    private final String path;
    private final boolean authenticated;

    StaffEndpoint(Method method, String path, boolean authenticated) {
        this.method = method;
        this.path = path;
        this.authenticated = authenticated;
    }

    public Method method() {
        return method;
    }

    /** The path template relative to {@link StaffApiModule#PREFIX}, e.g. {@code /tenants/{clientKey}}. */
    public String path() {
        return path;
    }

    /** {@code false} only for the public routes: the OpenAPI document, login, and the receipt public key. */
    public boolean authenticated() {
        return authenticated;
    }

    /** {@code "GET /tenants/{clientKey}"}. */
    public String key() {
        return method.text().toUpperCase(Locale.ROOT) + " " + path;
    }
}
