package io.custodian.web.connect.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Atlassian site (a Connect tenant) as the host simulator sees it.
 *
 * @param clientKey    the site's client key
 * @param sharedSecret the secret it issued with its latest install (at least 32 characters, for Nimbus)
 * @param baseUrl      the product base URL
 */
public record Site(String clientKey, String sharedSecret, String baseUrl) {

    public static Site jira(String name) {
        return new Site("jira:" + name + "-client-key", name + "-shared-secret-0123456789abcdef",
                "https://" + name + ".atlassian.net");
    }

    /** The same site with a new shared secret (Atlassian issues one on every install). */
    public Site withSecret(String newSecret) {
        return new Site(clientKey, newSecret, baseUrl);
    }

    /** The same site renamed: same client key, new base URL. */
    public Site renamed(String newBaseUrl) {
        return new Site(clientKey, sharedSecret, newBaseUrl);
    }

    /** The lifecycle body Atlassian sends for {@code eventType}, every documented field filled (connect.md §2.1). */
    public Map<String, Object> lifecycleBody(String appKey, String eventType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", appKey);
        body.put("clientKey", clientKey);
        body.put("sharedSecret", sharedSecret);
        body.put("serverVersion", "100");
        body.put("pluginsVersion", "1001.0.0-SNAPSHOT");
        body.put("baseUrl", baseUrl);
        body.put("displayUrl", baseUrl);
        body.put("displayUrlServicedeskHelpCenter", baseUrl + "/servicedesk");
        body.put("productType", "jira");
        body.put("description", "Atlassian JIRA at " + baseUrl);
        body.put("serviceEntitlementNumber", "SEN-1234567");
        body.put("entitlementId", "entitlement-" + clientKey);
        body.put("entitlementNumber", "E-123-456");
        body.put("oauthClientId", "oauth-" + clientKey);
        body.put("cloudId", "cloud-" + clientKey);
        body.put("installationId", "ari:cloud:ecosystem::installation/" + clientKey);
        body.put("eventType", eventType);
        body.put("someFieldAtlassianAddsLater", Map.of("nested", 1));
        return body;
    }
}
