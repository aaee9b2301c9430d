/**
 * Deletion receipts: what a purge deleted (per category and item kind), when, under which rule and where, for a
 * pseudonymised tenant; their canonical byte form, signatures (Ed25519 with the JDK) and verification. Also the
 * {@link io.custodian.domain.receipt.CanonicalForm} encoding and the tenant pseudonym, which the audit chain
 * reuses. Out-ports: {@link io.custodian.domain.receipt.TenantPseudonymiser},
 * {@link io.custodian.domain.receipt.ReceiptSigner}, {@link io.custodian.domain.receipt.ReceiptVerifier}.
 */
package io.custodian.domain.receipt;
