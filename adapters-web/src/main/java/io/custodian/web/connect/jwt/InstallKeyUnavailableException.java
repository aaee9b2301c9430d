package io.custodian.web.connect.jwt;

/** The install key server could not be reached, timed out, failed, or answered something that is not a key. */
public class InstallKeyUnavailableException extends RuntimeException {

    public InstallKeyUnavailableException(String message) {
        super(message);
    }

    public InstallKeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
