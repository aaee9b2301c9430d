package io.custodian.web.staff;

import java.util.Locale;

import io.custodian.domain.access.Decision;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.custody.CustodyOutcome;
import io.custodian.domain.deletion.EarlyDeletionOutcome;
import io.custodian.domain.deletion.EarlyDeletionRefusal;
import io.custodian.web.http.ApiException;

/**
 * Domain refusals as HTTP answers: an access-policy refusal is 403 with the refusal reason as code
 * ({@code purpose_missing}, {@code contract_expired}, {@code team_not_authorised}, {@code support_ticket_required},
 * {@code location_mismatch}, {@code role_not_authorised}, {@code self_approval}, ...) and its message; nothing to show
 * is 404.
 */
final class StaffRefusals {

    private StaffRefusals() {
    }

    /** The value shown, or the refusal or absence as an {@link ApiException}. */
    static <T> T shown(CustodyOutcome<T> outcome, String notFoundCode) {
        return switch (outcome) {
            case CustodyOutcome.Shown<T> shown -> shown.value();
            case CustodyOutcome.Refused<T> refused -> throw refused(refused.refusal());
            case CustodyOutcome.NotFound<T> notFound -> throw new ApiException(404, notFoundCode, notFound.message());
        };
    }

    static ApiException refused(Decision.Refused refusal) {
        return new ApiException(status(refusal.reason()), code(refusal.reason()), refusal.message());
    }

    /** A refused step of an early deletion. */
    static ApiException refused(EarlyDeletionOutcome.Refused refused) {
        EarlyDeletionRefusal refusal = refused.refusal();
        int status = switch (refusal) {
            case UNKNOWN_STAFF, NOT_AUTHORISED, SELF_APPROVAL, PINNED_ELSEWHERE -> 403;
            case UNKNOWN_TENANT, UNKNOWN_REQUEST -> 404;
            case ALREADY_REQUESTED, WRONG_STATE -> 409;
        };
        return new ApiException(status, refusal.name().toLowerCase(Locale.ROOT), refused.reason());
    }

    private static int status(RefusalReason reason) {
        return switch (reason) {
            case UNKNOWN_STAFF, STAFF_INACTIVE, TEAM_NOT_AUTHORISED, CONTRACT_EXPIRED, PURPOSE_MISSING,
                 SUPPORT_TICKET_REQUIRED, TENANT_PURGED, LOCATION_MISMATCH, ROLE_NOT_AUTHORISED, SELF_APPROVAL,
                 SELF_MANAGEMENT -> 403;
            case LOGIN_TAKEN, NOT_A_SUBCONTRACTOR -> 409;
        };
    }

    private static String code(RefusalReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
