/**
 * Early deletion on the customer's request: requested by support or development staff with the customer's
 * reference and a dry run, approved by a privacy officer other than the requester, executed (the tenant is purged
 * at once and a signed receipt issued) or cancelled before execution. Every step is audited. Out-port:
 * {@link io.custodian.domain.deletion.DeletionRequests}.
 */
package io.custodian.domain.deletion;
