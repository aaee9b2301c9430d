package io.custodian.persistence.identity;

import org.jooq.exception.IntegrityConstraintViolationException;
import org.postgresql.util.PSQLException;

/** Which constraint PostgreSQL reported as violated. */
final class Constraints {

    private Constraints() {
    }

    static boolean violated(IntegrityConstraintViolationException e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && constraint.equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
