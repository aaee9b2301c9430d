package io.custodian.domain.support;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file the reporting app attached to a problem report (e.g. a log excerpt), as decoded bytes. Its size limit is
 * the {@link ProblemReportPolicy}'s; the record only refuses more than {@value #MAX_BYTES} bytes outright.
 */
public record Attachment(AttachmentName name, byte[] bytes) {

    /** The largest attachment any policy may allow. */
    public static final int MAX_BYTES = ProblemReportPolicy.MAX_MAX_ATTACHMENT_BYTES;

    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment larger than " + MAX_BYTES + " bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment attachment && name.equals(attachment.name)
                && Arrays.equals(bytes, attachment.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + bytes.length + " bytes]";
    }
}
