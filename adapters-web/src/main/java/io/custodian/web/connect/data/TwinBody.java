package io.custodian.web.connect.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

import io.custodian.domain.appdata.SafeIds;

/**
 * Body of {@code PUT /connect/v1/relations/{relationId}/twins/{localIssueId}}: where the local issue's twin is.
 * <pre>{@code {"remoteInstance": "https://globex.atlassian.net", "remoteIssueId": "20077"}}</pre>
 *
 * @param remoteInstance required: the other instance's absolute http(s) URL with a host, no user info, query or
 *                       fragment, at most 255 characters
 * @param remoteIssueId  required: a safe id (letters, digits, {@code . _ : -}), at most 64 characters
 */
record TwinBody(String remoteInstance, String remoteIssueId) {

    static final int MAX_URL_LENGTH = 255;
    static final int MAX_ID_LENGTH = 64;

    TwinBody {
        Objects.requireNonNull(remoteInstance, "remoteInstance");
        Objects.requireNonNull(remoteIssueId, "remoteIssueId");
        instanceUrl(remoteInstance);
        SafeIds.require("remoteIssueId", remoteIssueId, MAX_ID_LENGTH);
    }

    private static void instanceUrl(String value) {
        String problem = "remoteInstance must be an absolute http(s) URL with a host and without user info, query or"
                + " fragment, at most " + MAX_URL_LENGTH + " characters";
        if (value.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException(problem);
        }
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null
                || !(scheme.equals("https") || scheme.equals("http"))
                || url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
