/**
 * Retention: the configurable {@link io.custodian.domain.retention.RetentionSettings}, the pure
 * {@link io.custodian.domain.retention.RetentionSchedule} (when is each item due, under which rule), the sweep,
 * the "due at T" query and the forecast ({@link io.custodian.domain.retention.RetentionService}), operation data
 * writes and removals that apply the "no longer required" rules at once
 * ({@link io.custodian.domain.retention.OperationDataService}, which also numbers issue version copies), and the
 * tenant purge with its signed receipt ({@link io.custodian.domain.retention.TenantPurge}). Out-ports:
 * {@code Inventory}, {@code OperationItems}, {@code ExpiredItems}, {@code ItemContents} (reading content back),
 * {@code ReceiptArchive}.
 */
package io.custodian.domain.retention;
