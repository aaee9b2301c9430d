package io.custodian.domain.support;

import io.custodian.domain.tenant.ClientKey;

import java.util.List;
import java.util.Objects;

/** The add-on, authenticated as {@code tenant}, reports a problem on behalf of a user, with optional attachments. */
public record ReportProblemCommand(ClientKey tenant, ProblemReport report, List<Attachment> attachments) {

    public ReportProblemCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(report, "report");
        attachments = List.copyOf(attachments);
    }
}
