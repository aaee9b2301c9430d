package io.custodian.web.connect.data;

import java.util.Objects;
import java.util.regex.Pattern;

import io.custodian.domain.appdata.SafeIds;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code PUT /connect/v1/relations/{relationId}/twins/{localIssueId}/fields/{fieldId}}: which remote field the
 * local field maps to, and the hash of the value last synced (never the value itself).
 * <pre>{@code {"remoteFieldId": "customfield_20001", "valueHash": "9f86d081884c7d659a2feaa0c55ad015..."}}</pre>
 *
 * @param remoteFieldId required: a safe id, at most 64 characters
 * @param valueHash     optional (absent until a value was synced): lowercase hex, 32 to 128 digits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FieldTraceBody(String remoteFieldId, String valueHash) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{32,128}");

    FieldTraceBody {
        Objects.requireNonNull(remoteFieldId, "remoteFieldId");
        SafeIds.require("remoteFieldId", remoteFieldId, 64);
        if (valueHash != null && !HEX.matcher(valueHash).matches()) {
            throw new IllegalArgumentException("valueHash must be 32 to 128 lowercase hex digits");
        }
    }
}
