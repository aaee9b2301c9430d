package io.custodian.web.connect.data;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code PUT /connect/v1/license}: the add-on's license as the product reports it. Only these fields are kept;
 * others are ignored and not stored.
 * <pre>{@code {"active": true, "type": "commercial", "evaluation": false,
 *  "supportEntitlementNumber": "SEN-1234567", "maximumNumberOfUsers": 250}}</pre>
 *
 * @param active                   required
 * @param type                     required: letters, digits, {@code _}, {@code -}, 1 to 32 characters, starting with a
 *                                 letter (e.g. {@code commercial}, {@code ACADEMIC}, {@code open-source})
 * @param evaluation               required
 * @param supportEntitlementNumber optional: letters, digits and {@code -}, at most 64 characters
 * @param maximumNumberOfUsers     optional: 1 to 100,000,000; absent means unlimited
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LicenseBody(Boolean active, String type, Boolean evaluation, String supportEntitlementNumber,
                   Integer maximumNumberOfUsers) {

    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");
    private static final Pattern SEN = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int MAX_USERS = 100_000_000;

    LicenseBody {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evaluation, "evaluation");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("type must be 1 to 32 letters, digits, '_' or '-', starting with a"
                    + " letter");
        }
        if (supportEntitlementNumber != null && !SEN.matcher(supportEntitlementNumber).matches()) {
            throw new IllegalArgumentException("supportEntitlementNumber must be 1 to 64 letters, digits or '-'");
        }
        if (maximumNumberOfUsers != null && (maximumNumberOfUsers < 1 || maximumNumberOfUsers > MAX_USERS)) {
            throw new IllegalArgumentException("maximumNumberOfUsers must be between 1 and " + MAX_USERS);
        }
    }
}
