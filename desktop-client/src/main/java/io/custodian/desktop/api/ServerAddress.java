package io.custodian.desktop.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Base address of a Custodian server, for example {@code http://localhost:8080/}.
 *
 * <p>The base URI always ends with {@code /}, so API paths resolve below it
 * (a server behind a reverse proxy at {@code https://host/custodian} keeps its prefix).
 */
public record ServerAddress(URI baseUri) {

    public ServerAddress {
        Objects.requireNonNull(baseUri, "baseUri");
        if (!baseUri.isAbsolute() || baseUri.getHost() == null || !baseUri.getPath().endsWith("/")) {
            throw new IllegalArgumentException("not a server base URI: " + baseUri);
        }
    }

    /** Result of reading a server URL typed by a person. */
    public sealed interface Parsed {
    }

    public record Valid(ServerAddress address) implements Parsed {
    }

    /** The text is not a usable server URL; {@code reason} is written for the person who typed it. */
    public record Invalid(String reason) implements Parsed {
    }

    /**
     * Reads a URL as typed by a person. Surrounding blanks are ignored and a missing scheme means
     * {@code http://}; only {@code http} and {@code https} with a host are accepted. Query and
     * fragment are dropped.
     */
    public static Parsed parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new Invalid("Enter the server URL, for example http://localhost:8080.");
        }
        String withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            return new Invalid("“" + trimmed + "” is not a valid URL (" + e.getReason().toLowerCase(Locale.ROOT)
                    + " at position " + (e.getIndex() + 1) + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Invalid("“" + trimmed + "” must start with http:// or https://.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return new Invalid("“" + trimmed + "” has no valid host name.");
        }
        if (uri.getRawUserInfo() != null) {
            return new Invalid("“" + trimmed + "” must not contain a user name or password.");
        }
        if (uri.getPort() > 65_535) {
            return new Invalid("“" + trimmed + "” has a port above 65535.");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        try {
            URI base = new URI(scheme + "://" + uri.getRawAuthority() + path);
            return new Valid(new ServerAddress(base));
        } catch (URISyntaxException e) {
            return new Invalid("“" + trimmed + "” is not a valid URL.");
        }
    }

    /** The URI of an API path below this server, e.g. {@code resolve("health")}. */
    public URI resolve(String relativePath) {
        return baseUri.resolve(relativePath);
    }

    /** How to show this address to a person: the base URI without its trailing slash. */
    public String display() {
        String s = baseUri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return display();
    }
}
