package io.custodian.domain.support;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.StoredContent;
import io.custodian.domain.tenant.TenantView;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one support bundle holds, before {@link SupportBundleArchive} writes it. The tenant is a {@link TenantView}, which
 * has no field for the shared secret or any key: what is not here cannot end up in the bundle.
 *
 * @param sections one per collected kind, in the order of {@link SupportBundleArchive#COLLECTED_KINDS}
 */
record BundleContents(TicketId ticket, Instant createdAt, TenantView tenant, ProblemReport report,
                      List<KindSection> sections, List<Attachment> attachments, ProblemReportPolicy policy,
                      int itemBytesBudget) {

    BundleContents {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(report, "report");
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * The tenant's items of one kind: how many are stored and the ones the bundle includes (the first ones by id).
     */
    record KindSection(ItemKind kind, long stored, List<StoredContent> included) {
        KindSection {
            Objects.requireNonNull(kind, "kind");
            included = List.copyOf(included);
            if (included.stream().anyMatch(item -> item.item().kind() != kind)) {
                throw new IllegalArgumentException("a section of " + kind + " holds items of another kind");
            }
        }

        boolean truncated() {
            return included.size() < stored;
        }

        long includedBytes() {
            return included.stream().mapToLong(item -> item.content().size()).sum();
        }
    }
}
