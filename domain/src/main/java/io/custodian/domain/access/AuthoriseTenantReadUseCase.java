package io.custodian.domain.access;

/**
 * In-port: "every read of tenant data requires an authorised account and a stated purpose, and writes an audit
 * entry". Callers read the data only when the decision is {@link Decision.Allowed}.
 */
public interface AuthoriseTenantReadUseCase {

    /** Decides, records the decision (allowed or refused) in the access log, and returns it. */
    Decision authorise(AuthoriseTenantReadCommand command);
}
