package io.custodian.web.connect.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;

import io.custodian.web.connect.jwt.QueryStringHash;
import io.custodian.web.json.JsonMapping;

/**
 * A Connect host (the Atlassian product) simulator: it owns an RSA key pair published on a loopback {@link KeyServer}
 * under {@link #KID}, signs installs with it (RS256), signs app requests and {@code enabled}/{@code disabled} with a
 * site's shared secret (HS256, qsh from the production canonicaliser), and sends them to the app over real HTTP.
 */
public final class ConnectHost implements AutoCloseable {

    public static final String KID = "custodian-test-install-key-1";
    /** A key pair nobody published: tokens signed with it must fail. */
    public static final KeyPair FORGER = rsaKeyPair();
    private static final KeyPair ATLASSIAN = rsaKeyPair();

    private final KeyServer keyServer;
    private final InstantSource clock;
    private final String appKey;
    private final String appBaseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String appOrigin;

    /**
     * @param clock      the product's clock (tokens are issued at its time)
     * @param appKey     the app key the product sends in lifecycle bodies
     * @param appBaseUrl the app's descriptor base URL, sent as {@code aud}
     */
    public ConnectHost(InstantSource clock, String appKey, String appBaseUrl) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.appKey = Objects.requireNonNull(appKey, "appKey");
        this.appBaseUrl = Objects.requireNonNull(appBaseUrl, "appBaseUrl");
        this.keyServer = KeyServer.start().publish(KID, (RSAPublicKey) ATLASSIAN.getPublic());
    }

    /** Where the app under test listens. */
    public ConnectHost target(int port) {
        this.appOrigin = "http://127.0.0.1:" + port;
        return this;
    }

    public KeyServer keyServer() {
        return keyServer;
    }

    public String appKey() {
        return appKey;
    }

    // ---- tokens ---------------------------------------------------------------------------------------------------

    /** A valid signed-install JWT for {@code POST /lifecycle/<event>} from the site; tweak it before {@code build()}. */
    public JwtBuilder installJwt(Site site, String event) {
        return JwtBuilder.rs256(clock.instant(), ATLASSIAN.getPrivate(), KID)
                .iss(site.clientKey())
                .sub("557058:installing-admin")
                .aud(appBaseUrl)
                .qsh(QueryStringHash.of("POST", "/lifecycle/" + event, ""));
    }

    /** A valid HS256 JWT from the site for this request (qsh from the production canonicaliser). */
    public JwtBuilder appJwt(Site site, String method, String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);
        return JwtBuilder.hs256(clock.instant(), site.sharedSecret())
                .iss(site.clientKey())
                .sub("557058:acting-user")
                .qsh(QueryStringHash.of(method, path, query));
    }

    /** A context JWT from the site's iframe ({@code AP.context.getToken()}): qsh is the literal {@code context-qsh}. */
    public JwtBuilder contextJwt(Site site) {
        return JwtBuilder.hs256(clock.instant(), site.sharedSecret())
                .iss(site.clientKey())
                .sub("557058:acting-user")
                .qsh(QueryStringHash.CONTEXT_QSH);
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------------

    public HttpResponse<String> install(Site site) {
        return lifecycle("installed", installJwt(site, "installed").build(), site.lifecycleBody(appKey, "installed"));
    }

    public HttpResponse<String> uninstall(Site site) {
        return lifecycle("uninstalled", installJwt(site, "uninstalled").build(),
                site.lifecycleBody(appKey, "uninstalled"));
    }

    public HttpResponse<String> enable(Site site) {
        return lifecycle("enabled", appJwt(site, "POST", "/lifecycle/enabled").build(),
                site.lifecycleBody(appKey, "enabled"));
    }

    public HttpResponse<String> disable(Site site) {
        return lifecycle("disabled", appJwt(site, "POST", "/lifecycle/disabled").build(),
                site.lifecycleBody(appKey, "disabled"));
    }

    /** {@code POST /lifecycle/<event>} with {@code Authorization: JWT <token>} (none when {@code token} is null). */
    public HttpResponse<String> lifecycle(String event, String token, Map<String, Object> body) {
        return post("/lifecycle/" + event, token == null ? null : "JWT " + token,
                new String(JsonMapping.toBytes(body), StandardCharsets.UTF_8));
    }

    // ---- app requests ---------------------------------------------------------------------------------------------

    /** {@code GET} with a valid JWT from the site in the Authorization header. */
    public HttpResponse<String> appGet(Site site, String pathAndQuery) {
        return get(pathAndQuery, "JWT " + appJwt(site, "GET", pathAndQuery).build());
    }

    /**
     * Any method with a valid JWT from the site in the Authorization header (qsh of this method, path and query) and,
     * unless {@code body} is null, a body of the given content type.
     */
    public HttpResponse<String> appRequest(Site site, String method, String pathAndQuery, String contentType,
                                           String body) {
        return send(method, pathAndQuery, "JWT " + appJwt(site, method, pathAndQuery).build(), contentType, body);
    }

    /** {@link #appRequest} with a JSON body. */
    public HttpResponse<String> appJson(Site site, String method, String pathAndQuery, String json) {
        return appRequest(site, method, pathAndQuery, "application/json", json);
    }

    // ---- raw HTTP -------------------------------------------------------------------------------------------------

    /** Any method; a body (with its content type, unless null) when {@code body} is not null. */
    public HttpResponse<String> send(String method, String pathAndQuery, String authorization, String contentType,
                                     String body) {
        HttpRequest.Builder request = request(pathAndQuery).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String pathAndQuery, String authorization) {
        HttpRequest.Builder request = request(pathAndQuery).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String authorization) {
        HttpRequest.Builder request = request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String pathAndQuery, String authorization, String json) {
        return post(pathAndQuery, authorization, "application/json", json);
    }

    public HttpResponse<String> post(String pathAndQuery, String authorization, String contentType, String body) {
        HttpRequest.Builder request = request(pathAndQuery)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    @Override
    public void close() {
        keyServer.close();
        http.close();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        if (appOrigin == null) {
            throw new IllegalStateException("call target(port) first");
        }
        return HttpRequest.newBuilder(URI.create(appOrigin + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
