/**
 * The audit log: an append-only, SHA-256 hash-chained sequence of entries (who did what, to which tenant's data,
 * why, when, with what outcome), its canonical form, and the verifier that finds where a chain was tampered with.
 * In-ports {@link io.custodian.domain.audit.RecordAuditEntryUseCase},
 * {@link io.custodian.domain.audit.VerifyAuditChainUseCase}, {@link io.custodian.domain.audit.ReadAuditLogUseCase};
 * out-port {@link io.custodian.domain.audit.AuditTrail}; {@link io.custodian.domain.audit.AuditTrailAccessLog}
 * implements the access package's log over it.
 */
package io.custodian.domain.audit;
