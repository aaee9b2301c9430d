package io.custodian.web.connect.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * A deliberately tiny, separately written qsh for simple requests only: a path and query made of letters, digits,
 * {@code / - . _ ~ =} and {@code &}, every parameter with {@code =}, one value per name, no encoding needed. Used to sign requests without the
 * production canonicaliser, so a shared mistake cannot hide.
 */
public final class SimpleQsh {

    private SimpleQsh() {
    }

    public static String of(String method, String path, String query) {
        String allowed = "[A-Za-z0-9/._~=&-]*";
        if (!path.matches(allowed) || !query.matches(allowed)) {
            throw new IllegalArgumentException("SimpleQsh handles only simple requests: " + path + "?" + query);
        }
        String[] params = query.isEmpty() ? new String[0] : query.split("&");
        String sorted = String.join("&", Arrays.stream(params)
                .filter(p -> !p.startsWith("jwt="))
                .sorted(Comparator.comparing((String p) -> p.substring(0, p.indexOf('='))))
                .toList());
        String canonicalPath = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String canonical = method + "&" + canonicalPath + "&" + sorted;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
