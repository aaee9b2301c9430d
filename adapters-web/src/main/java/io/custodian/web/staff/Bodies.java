package io.custodian.web.staff;

import java.time.LocalDate;

import io.helidon.webserver.http.ServerRequest;

import io.custodian.web.http.JsonBody;

/** The JSON request bodies of the staff API, read with the project's JSON rules and a small size limit. */
final class Bodies {

    /** No staff API body needs more. */
    static final long MAX_BYTES = 16 * 1024;

    private Bodies() {
    }

    static <T> T read(ServerRequest req, Class<T> type) {
        return JsonBody.parse(JsonBody.bytes(req, MAX_BYTES), type);
    }

    /** {@code POST /sessions}. The password is never logged: {@link #toString()} hides it. */
    record Login(String login, String password) {
        Login {
            if (login == null || login.isBlank()) {
                throw new IllegalArgumentException("login is required");
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("password is required");
            }
            if (login.length() > 256 || password.length() > 1024) {
                throw new IllegalArgumentException("login or password too long");
            }
        }

        @Override
        public String toString() {
            return "Login[login=" + login + ", password=redacted]";
        }
    }

    /** {@code POST /deletion-requests}. */
    record DeletionRequest(String clientKey, String customerReference) {
        DeletionRequest {
            if (clientKey == null || customerReference == null) {
                throw new IllegalArgumentException("clientKey and customerReference are required");
            }
        }
    }

    /** {@code POST /deletion-requests/{id}/cancel}. */
    record Cancel(String reason) {
        Cancel {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason is required");
            }
        }
    }

    /**
     * {@code POST /staff}: a new active account. {@code affiliation} is {@code EMPLOYEE} or {@code SUBCONTRACTOR};
     * a subcontractor needs {@code contractValidUntil}.
     */
    record NewStaff(String displayName, String login, String team, String role, String affiliation,
                    LocalDate contractValidUntil) {
        NewStaff {
            if (displayName == null || login == null || team == null || role == null || affiliation == null) {
                throw new IllegalArgumentException("displayName, login, team, role and affiliation are required");
            }
        }
    }

    /** {@code PUT /staff/{id}/password}. The password is never logged: {@link #toString()} hides it. */
    record NewPassword(String password) {
        NewPassword {
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("password is required");
            }
        }

        @Override
        public String toString() {
            return "NewPassword[redacted]";
        }
    }

    /** {@code PUT /staff/{id}/contract}. */
    record Contract(LocalDate contractValidUntil) {
        Contract {
            if (contractValidUntil == null) {
                throw new IllegalArgumentException("contractValidUntil is required");
            }
        }
    }
}
