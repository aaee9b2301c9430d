package io.custodian.domain.audit;

import io.custodian.domain.access.Purpose;
import io.custodian.domain.receipt.CanonicalForm;
import io.custodian.domain.receipt.TenantPseudonym;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The bytes an audit entry's hash covers, in the {@link CanonicalForm} encoding (UTF-8, every value
 * length-prefixed), format id {@value #FORMAT_ID}, fields in this order:
 *
 * <ol>
 *   <li>{@code sequence} — decimal</li>
 *   <li>{@code previous-hash} — 64 hex digits</li>
 *   <li>{@code actor-kind} — {@code staff} or {@code system}</li>
 *   <li>{@code actor-id} — the staff UUID or the system actor's name</li>
 *   <li>{@code action} — the action code</li>
 *   <li>{@code subject-type}, {@code subject-id} — absent when there is no subject</li>
 *   <li>{@code tenant} — the tenant pseudonym; absent when no tenant</li>
 *   <li>{@code category} — the category's enum name, e.g. {@code OPERATION}; absent when none</li>
 *   <li>{@code purpose-kind} — {@code ticket} or {@code reason}; absent when no purpose</li>
 *   <li>{@code purpose} — the ticket reference or the reason text; absent when no purpose</li>
 *   <li>{@code at} — ISO-8601 UTC instant, e.g. {@code 2026-03-01T10:15:30.123456Z}</li>
 *   <li>{@code outcome} — {@code ALLOWED}, {@code REFUSED}, {@code SUCCEEDED} or {@code FAILED}</li>
 *   <li>{@code outcome-reason} — absent for ALLOWED and SUCCEEDED</li>
 * </ol>
 *
 * The entry's hash is the SHA-256 of these bytes, in lower-case hex.
 */
public final class AuditCanonicalForm {

    public static final String FORMAT_ID = "custodian-audit-entry/v1";

    private AuditCanonicalForm() {
    }

    public static byte[] of(long sequence, AuditDraft content, AuditHash previousHash) {
        Optional<Purpose> purpose = content.purpose();
        return CanonicalForm.begin(FORMAT_ID)
                .field("sequence", sequence)
                .field("previous-hash", previousHash.hex())
                .field("actor-kind", content.actor().kind())
                .field("actor-id", content.actor().id())
                .field("action", content.action().code())
                .optionalField("subject-type", content.subject().map(AuditSubject::type))
                .optionalField("subject-id", content.subject().map(AuditSubject::id))
                .optionalField("tenant", content.tenant().map(TenantPseudonym::value))
                .optionalField("category", content.category().map(Enum::name))
                .optionalField("purpose-kind", purpose.map(Purpose::kind))
                .optionalField("purpose", purpose.map(Purpose::text))
                .field("at", content.at())
                .field("outcome", content.outcome().code())
                .optionalField("outcome-reason", content.outcome().reason())
                .toBytes();
    }

    public static byte[] of(AuditEntry entry) {
        return of(entry.sequence(), entry.content(), entry.previousHash());
    }

    /** The canonical form as text (it is UTF-8), for display to an auditor. */
    public static String asText(AuditEntry entry) {
        return new String(of(entry), StandardCharsets.UTF_8);
    }

}
