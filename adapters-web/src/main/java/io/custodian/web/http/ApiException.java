package io.custodian.web.http;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Thrown by a handler to answer with a specific error: the error mapper turns it into
 * {@code status} + {@code {"error": code, "message": message}}. The message is sent to the client as is,
 * so it must not contain secrets or internals.
 * <p>
 * 4xx instances carry no stack trace (they are expected outcomes, not bugs); 5xx instances do and are logged.
 */
public class ApiException extends RuntimeException {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    private final int status;
    private final String code;

    /**
     * @param status  HTTP status, 400..599
     * @param code    machine-readable snake_case code, e.g. {@code tenant_not_installed}
     * @param message client-safe explanation
     */
    public ApiException(int status, String code, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, status >= 500);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400..599, was " + status);
        }
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be snake_case, was '" + code + "'");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, ErrorCodes.BAD_REQUEST, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, ErrorCodes.UNAUTHORIZED, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, ErrorCodes.FORBIDDEN, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, ErrorCodes.CONFLICT, message);
    }

    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
