package io.custodian.web.connect.jwt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.custodian.web.json.JsonMapping;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The published Connect interoperability vectors ({@code connect/jwt-signed-urls.json}, Atlassian's
 * JwtSigningInteroperabilityTest output of 24 Jun 2016): 78 signed URLs, 39 distinct, on base URL
 * {@code https://example.com}.
 */
public final class PublishedVectors {

    public static final String ORIGIN = "https://example.com";
    public static final String ISSUER = "jira:1234-5678-9000";
    /** Between the tokens' {@code iat} (1466731075) and {@code exp} (1466731255). */
    public static final Instant SIGNING_TIME = Instant.ofEpochSecond(1_466_731_075L + 60);

    private static final Map<String, Object> FILE = load();

    private PublishedVectors() {
    }

    /** One vector. */
    public record Vector(String name, String canonicalUrl, String signedUrl) {

        /** Path and query of the signed URL, as a client sends them (jwt included). */
        public String pathAndQuery() {
            return signedUrl.substring(ORIGIN.length());
        }

        public String rawPath() {
            String rest = pathAndQuery();
            int question = rest.indexOf('?');
            return question < 0 ? rest : rest.substring(0, question);
        }

        /** The raw query including the {@code jwt} parameter. */
        public String rawQuery() {
            String rest = pathAndQuery();
            int question = rest.indexOf('?');
            return question < 0 ? "" : rest.substring(question + 1);
        }

        public String token() {
            return QueryStringHash.parameterValues(rawQuery(), "jwt").getFirst();
        }

        /** The {@code qsh} claim inside the token. */
        public String tokenQsh() {
            String payload = new String(Base64.getUrlDecoder().decode(token().split("\\.")[1]), StandardCharsets.UTF_8);
            try {
                Map<String, Object> claims = JsonMapping.create().readValue(payload, new TypeReference<>() { });
                return (String) claims.get("qsh");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static String secret() {
        return (String) FILE.get("secret");
    }

    @SuppressWarnings("unchecked")
    public static List<Vector> all() {
        return ((List<Map<String, String>>) FILE.get("tests")).stream()
                .map(test -> new Vector(test.get("name"), test.get("canonicalUrl"), test.get("signedUrl")))
                .toList();
    }

    private static Map<String, Object> load() {
        try (InputStream in = PublishedVectors.class.getResourceAsStream("/connect/jwt-signed-urls.json")) {
            if (in == null) {
                throw new IllegalStateException("connect/jwt-signed-urls.json is missing from the test resources");
            }
            return JsonMapping.create().readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
