package io.custodian.web.connect.support;

import io.custodian.domain.support.ProblemReportPolicy;

/**
 * Limits of {@code POST /connect/v1/problem-reports}. A body over {@code maxBodyBytes} is refused with 413
 * {@code payload_too_large} before it is parsed; the web server's own request limit
 * ({@code WebSettings.maxRequestBytes}) applies first, so set it at least as high. How many attachments of which
 * size a report carries is the domain's {@link ProblemReportPolicy}.
 *
 * @param maxBodyBytes largest accepted body
 */
public record ProblemReportSettings(int maxBodyBytes) {

    /**
     * Room for the e-mail, the summary and a description of {@code ProblemReport.MAX_DESCRIPTION_LENGTH} characters
     * even when every character is sent as a {@code \\uXXXX} escape, and the JSON around them.
     */
    public static final int TEXT_ALLOWANCE = 256 * 1024;
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    public ProblemReportSettings {
        if (maxBodyBytes < 1024 || maxBodyBytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1024 and " + MAX_BODY_BYTES + ", was "
                    + maxBodyBytes);
        }
    }

    /** A body that fits the policy's largest report: every attachment at its largest, base64-encoded, and the text. */
    public static ProblemReportSettings forPolicy(ProblemReportPolicy policy) {
        long base64 = 4L * ((policy.maxAttachmentBytes() + 2) / 3);
        return new ProblemReportSettings(Math.toIntExact(policy.maxAttachments() * base64 + TEXT_ALLOWANCE));
    }
}
