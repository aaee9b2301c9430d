package io.custodian.web.outbound.jsm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and as whom {@link JsmTicketForwarder} creates Jira Service Management requests. The API token is a secret:
 * {@link #toString()} never shows it, and nothing logs it.
 *
 * @param baseUrl        the site, e.g. {@code https://vendor.atlassian.net} (requests go to
 *                       {@code <baseUrl>/rest/servicedeskapi/request})
 * @param user           the account the API token belongs to (an agent of the service desk), e.g. its e-mail
 * @param apiToken       the account's Atlassian API token (basic authentication {@code user:apiToken})
 * @param serviceDeskId  the service desk's id (digits)
 * @param requestTypeId  the request type's id (digits)
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the answer
 */
public record JsmSettings(URI baseUrl, String user, String apiToken, String serviceDeskId, String requestTypeId,
                          Duration connectTimeout, Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    public JsmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!baseUrl.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || baseUrl.getHost() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the JSM URL must be an absolute http(s) URL with a host and no query,"
                    + " fragment or user info");
        }
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("the JSM user must not be blank or contain ':'");
        }
        if (apiToken == null || apiToken.isBlank()) {
            throw new IllegalArgumentException("the JSM API token must not be blank");
        }
        if (serviceDeskId == null || !ID.matcher(serviceDeskId).matches()) {
            throw new IllegalArgumentException("the JSM service desk id must be digits");
        }
        if (requestTypeId == null || !ID.matcher(requestTypeId).matches()) {
            throw new IllegalArgumentException("the JSM request type id must be digits");
        }
        positive("connectTimeout", connectTimeout);
        positive("requestTimeout", requestTimeout);
    }

    /** Settings with the default timeouts (5 s to connect, 15 s for the answer). */
    public static JsmSettings of(URI baseUrl, String user, String apiToken, String serviceDeskId,
                                 String requestTypeId) {
        return new JsmSettings(baseUrl, user, apiToken, serviceDeskId, requestTypeId, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }

    /** The endpoint that creates customer requests. */
    public URI requestEndpoint() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/rest/servicedeskapi/request");
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most 2 minutes");
        }
    }

    @Override
    public String toString() {
        return "JsmSettings[baseUrl=" + baseUrl + ", user=" + user + ", apiToken=(redacted), serviceDeskId="
                + serviceDeskId + ", requestTypeId=" + requestTypeId + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + "]";
    }
}
