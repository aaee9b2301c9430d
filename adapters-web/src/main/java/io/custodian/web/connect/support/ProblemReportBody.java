package io.custodian.web.connect.support;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

import io.custodian.domain.support.Attachment;
import io.custodian.domain.support.AttachmentName;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ReporterEmail;

/**
 * Body of {@code POST /connect/v1/problem-reports}:
 * <pre>{@code
 * {"email": "jane@acme.example", "summary": "Sync stopped", "description": "Since 09:00 ...",
 *  "attachments": [{"name": "sync.log", "content": "<base64>"}]}
 * }</pre>
 *
 * @param email       required: the reporting user's address, on whose behalf the ticket is opened
 * @param summary     required: one line, at most 255 characters
 * @param description optional (empty when absent): at most 30,000 characters
 * @param attachments optional: how many and how large is the domain's {@code ProblemReportPolicy}
 */
record ProblemReportBody(String email, String summary, String description, List<AttachmentBody> attachments) {

    ProblemReportBody {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(summary, "summary");
        description = description == null ? "" : description;
        attachments = attachments == null ? List.of() : attachments;
        if (attachments.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("attachments must not contain null");
        }
        attachments = List.copyOf(attachments);
        report(email, summary, description); // validates
    }

    ProblemReport report() {
        return report(email, summary, description);
    }

    List<Attachment> toAttachments() {
        return attachments.stream().map(AttachmentBody::toAttachment).toList();
    }

    private static ProblemReport report(String email, String summary, String description) {
        return new ProblemReport(new ReporterEmail(email), summary, description);
    }

    /**
     * @param name    optional: the file name; only its last segment is kept, made safe ({@link AttachmentName#sanitise})
     * @param content required: the bytes, standard base64 (RFC 4648, with padding, no line breaks)
     */
    record AttachmentBody(String name, String content) {

        AttachmentBody {
            Objects.requireNonNull(content, "content");
            decode(content); // validates
        }

        Attachment toAttachment() {
            return new Attachment(AttachmentName.sanitise(name), decode(content));
        }

        private static byte[] decode(String content) {
            try {
                return Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("content must be standard base64 (RFC 4648) without line breaks");
            }
        }
    }
}
