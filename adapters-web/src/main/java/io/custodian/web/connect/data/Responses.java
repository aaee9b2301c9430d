package io.custodian.web.connect.data;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Bodies of the app data API's successful answers. */
final class Responses {

    private Responses() {
    }

    /** {@code PUT /license}: the license as stored. */
    record License(JsonNode license, Instant writtenAt) {
    }

    /** A relation with its document; in {@code PUT /relations/{id}} and in the pages of {@code GET /relations}. */
    record Relation(String relationId, Instant writtenAt, JsonNode document) {
    }

    /**
     * A page of {@code GET /relations}.
     *
     * @param next pass as {@code after} for the next page; {@code null} on the last page
     */
    record RelationsPage(java.util.List<Relation> relations, String next) {
    }

    /** {@code PUT .../twins/{localIssueId}}: the twin trace as stored. */
    record Twin(String relationId, String localIssueId, JsonNode twin, Instant writtenAt) {
    }

    /** {@code PUT .../fields/{fieldId}}: the field trace as stored. */
    record FieldTrace(String relationId, String localIssueId, String fieldId, JsonNode trace, Instant writtenAt) {
    }

    /**
     * {@code POST .../versions}.
     *
     * @param version    the copy's number within its twin (1, 2, ...)
     * @param superseded how many older copies the write deleted (only the latest and the previous are kept)
     */
    record Version(String relationId, String localIssueId, long version, Instant writtenAt, int superseded) {
    }

    /** A removal: how many items of each kind went, e.g. {@code {"SYNC_RELATION": 1, "TWIN_TRACE": 2}}. */
    record Deleted(Map<String, Long> deleted) {
    }

    /** {@code PUT /configuration/{name}}. */
    record ConfigurationStored(String name, Instant writtenAt) {
    }

    /** {@code POST /usage}: how many events were stored. */
    record UsageRecorded(int recorded) {
    }
}
