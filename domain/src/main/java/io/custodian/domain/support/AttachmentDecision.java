package io.custodian.domain.support;

import java.util.Objects;

/** The {@link ProblemReportPolicy}'s verdict on a report's attachments. */
public sealed interface AttachmentDecision {

    /** Why attachments are refused. */
    enum Rejection {
        TOO_MANY_ATTACHMENTS,
        ATTACHMENT_TOO_LARGE
    }

    record Accepted() implements AttachmentDecision {
    }

    /** The whole report is refused; nothing is stored. */
    record Rejected(Rejection rejection, String message) implements AttachmentDecision {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a message");
            }
        }
    }
}
