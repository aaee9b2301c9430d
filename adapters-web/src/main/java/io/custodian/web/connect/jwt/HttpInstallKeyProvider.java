package io.custodian.web.connect.jwt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import static java.lang.System.Logger.Level.DEBUG;
import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

/**
 * Fetches install keys over HTTP: {@code GET <base>/<kid>} answering a PEM public key, as Atlassian's
 * {@code https://connect-install-keys.atlassian.com} does. Keys are cached by key id (Atlassian rotates by issuing new
 * ids); failures are not cached, so a retried install asks again.
 * <ul>
 *     <li>200 with a PEM RSA key: the key;</li>
 *     <li>400, 403, 404 or 410 (a CDN answers 403 or 404 for an unknown object), or a key id that is not a plain
 *     path ({@code [A-Za-z0-9][A-Za-z0-9._-]*} segments joined by {@code /}, at most 256 characters): unknown key;</li>
 *     <li>anything else, an unreadable body, a connect or request timeout, a refused connection:
 *     {@link InstallKeyUnavailableException}.</li>
 * </ul>
 * Redirects are not followed.
 */
public final class HttpInstallKeyProvider implements InstallKeyProvider {

    private static final System.Logger LOGGER = System.getLogger(HttpInstallKeyProvider.class.getName());
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final int MAX_KEY_ID_LENGTH = 256;
    private static final int MAX_KEY_BYTES = 16 * 1024;
    private static final int MAX_CACHED_KEYS = 1000;

    private final String baseUrl;
    private final Duration requestTimeout;
    private final HttpClient client;
    private final ConcurrentMap<String, RSAPublicKey> cache = new ConcurrentHashMap<>();

    /**
     * @param baseUrl        key server, e.g. {@code https://connect-install-keys.atlassian.com}
     * @param connectTimeout TCP/TLS connect timeout
     * @param requestTimeout whole-request timeout
     */
    public HttpInstallKeyProvider(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<RSAPublicKey> find(String kid) {
        if (kid == null || kid.length() > MAX_KEY_ID_LENGTH || !KEY_ID.matcher(kid).matches()) {
            return Optional.empty();
        }
        RSAPublicKey cached = cache.get(kid);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RSAPublicKey> fetched = fetch(kid);
        fetched.ifPresent(key -> {
            if (cache.size() >= MAX_CACHED_KEYS) {
                cache.clear();
            }
            cache.putIfAbsent(kid, key);
        });
        return fetched;
    }

    private Optional<RSAPublicKey> fetch(String kid) {
        URI uri = URI.create(baseUrl + "/" + kid);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/x-pem-file, text/plain, */*")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_KEY_BYTES + 1);
            }
        } catch (IOException e) {
            LOGGER.log(WARNING, "Install key server " + baseUrl + " unreachable for key id " + kid + ": " + e);
            throw new InstallKeyUnavailableException("the install key server cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallKeyUnavailableException("interrupted while fetching an install key", e);
        }
        int status = response.statusCode();
        switch (status) {
            case 200 -> {
                if (body.length > MAX_KEY_BYTES) {
                    throw new InstallKeyUnavailableException("the install key server answered more than "
                            + MAX_KEY_BYTES + " bytes");
                }
                try {
                    RSAPublicKey key = PemPublicKeys.parse(new String(body, StandardCharsets.US_ASCII));
                    LOGGER.log(INFO, "Fetched install key " + kid + " from " + baseUrl);
                    return Optional.of(key);
                } catch (IllegalArgumentException e) {
                    LOGGER.log(WARNING, "Install key server " + baseUrl + " answered key id " + kid
                            + " with something that is not a PEM RSA public key");
                    throw new InstallKeyUnavailableException("the install key server answered something that is not"
                            + " an RSA public key", e);
                }
            }
            case 400, 403, 404, 410 -> {
                LOGGER.log(DEBUG, () -> "Install key server does not know key id " + kid + " (HTTP " + status + ")");
                return Optional.empty();
            }
            default -> {
                LOGGER.log(WARNING, "Install key server " + baseUrl + " answered HTTP " + status + " for key id " + kid);
                throw new InstallKeyUnavailableException("the install key server answered HTTP " + status);
            }
        }
    }
}
