package io.custodian.domain.support;

import io.custodian.domain.appdata.AppDataRefusal;

import java.time.Instant;
import java.util.Objects;

/**
 * In-port: a problem report from the add-on. Collects a support bundle (a snapshot of the tenant's Account Data without
 * secrets, a bounded part of its Operation Data and its configuration documents, tagged with the data location, and
 * the attachments), opens a ticket in Custodian's support desk on behalf of the reporting user's e-mail, stores the
 * bundle as the ticket's {@code SUPPORT_BUNDLE} item, and then forwards the report to the external help desk if one is
 * configured. All of it is Support Data.
 */
public interface ReportProblemUseCase {

    Outcome report(ReportProblemCommand command);

    sealed interface Outcome {
    }

    /**
     * The ticket is open and its bundle stored.
     *
     * @param forwarding the external help desk's answer as recorded on the ticket; a failure does not undo anything
     */
    record Reported(TicketId ticket, Instant openedAt, BundleInfo bundle, Forwarding forwarding) implements Outcome {
        public Reported {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(bundle, "bundle");
            Objects.requireNonNull(forwarding, "forwarding");
        }
    }

    /** The attachments break the {@link ProblemReportPolicy}; nothing stored. */
    record Rejected(AttachmentDecision.Rejection rejection, String message) implements Outcome {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The tenant is not served (not installed, not active, pinned elsewhere); nothing stored. */
    record Refused(AppDataRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
