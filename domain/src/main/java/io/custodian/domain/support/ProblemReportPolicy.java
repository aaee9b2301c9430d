package io.custodian.domain.support;

import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemContents;

import java.util.List;
import java.util.Objects;

/**
 * How much a problem report may carry and how much of the tenant's data its support bundle collects.
 *
 * @param maxAttachments     attachments per report, 0 to {@value #MAX_MAX_ATTACHMENTS}
 * @param maxAttachmentBytes decoded size of one attachment, 1 to {@value #MAX_MAX_ATTACHMENT_BYTES}
 * @param maxItemsPerKind    items of each collected kind in the bundle (the first ones in id order), 0 to
 *                           {@link ItemContents#MAX_PAGE_SIZE}
 * @param maxItemBytes       content bytes of all collected items together, 0 to {@value #MAX_MAX_ITEM_BYTES};
 *                           items beyond it are counted but left out
 */
public record ProblemReportPolicy(int maxAttachments, int maxAttachmentBytes, int maxItemsPerKind, int maxItemBytes) {

    public static final int DEFAULT_MAX_ATTACHMENTS = 3;
    public static final int DEFAULT_MAX_ATTACHMENT_BYTES = 256 * 1024;
    public static final int DEFAULT_MAX_ITEMS_PER_KIND = 100;
    public static final int DEFAULT_MAX_ITEM_BYTES = 1024 * 1024;

    public static final int MAX_MAX_ATTACHMENTS = 10;
    public static final int MAX_MAX_ATTACHMENT_BYTES = 1024 * 1024;
    public static final int MAX_MAX_ITEM_BYTES = 2 * 1024 * 1024;
    /**
     * Attachments and collected items together stay below this, so that a bundle (with its manifest and the ZIP
     * overhead) fits the {@link ItemContent#MAX_BYTES} of one stored item.
     */
    public static final long MAX_PAYLOAD_BYTES = ItemContent.MAX_BYTES - 1024L * 1024;

    public ProblemReportPolicy {
        if (maxAttachments < 0 || maxAttachments > MAX_MAX_ATTACHMENTS) {
            throw new IllegalArgumentException("maxAttachments must be between 0 and " + MAX_MAX_ATTACHMENTS
                    + ", was " + maxAttachments);
        }
        if (maxAttachmentBytes < 1 || maxAttachmentBytes > MAX_MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("maxAttachmentBytes must be between 1 and " + MAX_MAX_ATTACHMENT_BYTES
                    + ", was " + maxAttachmentBytes);
        }
        if (maxItemsPerKind < 0 || maxItemsPerKind > ItemContents.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("maxItemsPerKind must be between 0 and " + ItemContents.MAX_PAGE_SIZE
                    + ", was " + maxItemsPerKind);
        }
        if (maxItemBytes < 0 || maxItemBytes > MAX_MAX_ITEM_BYTES) {
            throw new IllegalArgumentException("maxItemBytes must be between 0 and " + MAX_MAX_ITEM_BYTES
                    + ", was " + maxItemBytes);
        }
        long payload = (long) maxAttachments * maxAttachmentBytes + maxItemBytes;
        if (payload > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("maxAttachments × maxAttachmentBytes + maxItemBytes must be at most "
                    + MAX_PAYLOAD_BYTES + " bytes, was " + payload);
        }
    }

    /** 3 attachments of at most 256 KiB, 100 items per kind, 1 MiB of item content. */
    public static ProblemReportPolicy defaults() {
        return new ProblemReportPolicy(DEFAULT_MAX_ATTACHMENTS, DEFAULT_MAX_ATTACHMENT_BYTES,
                DEFAULT_MAX_ITEMS_PER_KIND, DEFAULT_MAX_ITEM_BYTES);
    }

    /** The same policy collecting at most {@code items} items per kind. */
    public ProblemReportPolicy withMaxItemsPerKind(int items) {
        return new ProblemReportPolicy(maxAttachments, maxAttachmentBytes, items, maxItemBytes);
    }

    /** Are these attachments acceptable? The first offending one is named by its position (from 1). */
    public AttachmentDecision check(List<Attachment> attachments) {
        Objects.requireNonNull(attachments, "attachments");
        if (attachments.size() > maxAttachments) {
            return new AttachmentDecision.Rejected(AttachmentDecision.Rejection.TOO_MANY_ATTACHMENTS,
                    "a problem report carries at most " + maxAttachments + " attachments, this one has "
                            + attachments.size());
        }
        for (int index = 0; index < attachments.size(); index++) {
            if (attachments.get(index).size() > maxAttachmentBytes) {
                return new AttachmentDecision.Rejected(AttachmentDecision.Rejection.ATTACHMENT_TOO_LARGE,
                        "attachment " + (index + 1) + " has " + attachments.get(index).size()
                                + " bytes; at most " + maxAttachmentBytes + " are accepted");
            }
        }
        return new AttachmentDecision.Accepted();
    }
}
