package io.custodian.web.http;

/**
 * Default error codes and messages per HTTP status, used when the failure itself carries no safe text.
 */
public final class ErrorCodes {

    public static final String BAD_REQUEST = "bad_request";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not_found";
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    public static final String CONFLICT = "conflict";
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
    public static final String SERVICE_UNAVAILABLE = "service_unavailable";
    public static final String INTERNAL_ERROR = "internal_error";

    private ErrorCodes() {
    }

    /**
     * Code for a status.
     *
     * @param status HTTP status, 400..599
     * @return snake_case code
     */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> "not_acceptable";
            case 408 -> "request_timeout";
            case 409 -> CONFLICT;
            case 411 -> "length_required";
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> "uri_too_long";
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> "too_many_requests";
            case 431 -> "request_headers_too_large";
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }

    /**
     * Generic message for a status.
     *
     * @param status HTTP status, 400..599
     * @return message with no request-specific details
     */
    public static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "Authentication is required";
            case 403 -> "Access is denied";
            case 404 -> "No resource at this path";
            case 405 -> "Method not allowed on this path";
            case 406 -> "No acceptable representation";
            case 408 -> "The request took too long to arrive";
            case 409 -> "The request conflicts with the current state";
            case 411 -> "A Content-Length is required";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "Unsupported content type";
            case 429 -> "Too many requests";
            case 431 -> "The request headers are too large";
            case 503 -> "The service is temporarily unavailable";
            default -> status >= 500 ? "An unexpected error occurred" : "The request is malformed";
        };
    }
}
