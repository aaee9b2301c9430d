package io.custodian.domain.audit;

/** In-port: check that no audit entry was modified, removed, inserted or reordered. */
public interface VerifyAuditChainUseCase {

    ChainVerification verify(VerifyAuditChainCommand command);
}
