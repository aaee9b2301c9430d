/**
 * Read models of the staff API over existing tables (no table of their own): the tenant list, the filtered audit log,
 * the receipt index and the deletion-request log, each paged in a stable order with the total count. Each page and its
 * count are read in one transaction (the caller's, or their own). Rows map to domain values with the owning store's
 * mapper, so a receipt whose fields no longer match what was signed is refused here too.
 */
package io.custodian.persistence.custody;
