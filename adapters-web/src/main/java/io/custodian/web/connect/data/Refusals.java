package io.custodian.web.connect.data;

import io.custodian.domain.appdata.AppDataRefusal;
import io.custodian.domain.retention.OperationRefusal;
import io.custodian.web.http.ApiException;

/**
 * Domain refusals as HTTP answers. The authenticator already refuses a tenant that is not served (403); the domain
 * checks again inside its transaction, so a tenant disabled between the two is still refused, with 403.
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * @param missing the answer when the item, or the parent it needs, does not exist; {@code null} where neither can
     *                happen (a write of an item without parent), which makes such a refusal a bug (500)
     */
    static RuntimeException of(OperationRefusal refusal, ApiException missing) {
        return switch (refusal) {
            case NOT_INSTALLED -> notInstalled();
            case TENANT_NOT_ACTIVE -> notActive();
            case PINNED_ELSEWHERE -> pinnedElsewhere();
            case PARENT_NOT_FOUND, ITEM_NOT_FOUND -> missing != null ? missing
                    : new IllegalStateException("unexpected refusal of a write without parent: " + refusal);
        };
    }

    static ApiException of(AppDataRefusal refusal) {
        return switch (refusal) {
            case NOT_INSTALLED -> notInstalled();
            case TENANT_NOT_ACTIVE -> notActive();
            case PINNED_ELSEWHERE -> pinnedElsewhere();
        };
    }

    static ApiException relationNotFound() {
        return new ApiException(404, "relation_not_found", "No sync relation with this id");
    }

    static ApiException twinNotFound() {
        return new ApiException(404, "twin_not_found", "No twin of this local issue along this relation");
    }

    static ApiException configurationNotFound() {
        return new ApiException(404, "configuration_not_found", "No configuration document with this name");
    }

    private static ApiException notInstalled() {
        return new ApiException(403, "tenant_not_installed", "The app is not installed for this site");
    }

    private static ApiException notActive() {
        return new ApiException(403, "tenant_not_active",
                "The app is disabled or uninstalled for this site; app requests are refused");
    }

    private static ApiException pinnedElsewhere() {
        return new ApiException(403, "pinned_elsewhere",
                "This site's data is held in another location; this deployment does not serve it");
    }
}
