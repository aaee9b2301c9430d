/**
 * App data: what the add-on's JWT-authenticated app requests store and read besides the tenant itself. Typed ids for
 * the sync vocabulary ({@link io.custodian.domain.appdata.RelationId}, {@link io.custodian.domain.appdata.TwinKey},
 * {@link io.custodian.domain.appdata.FieldTraceKey}) that compose item ids unique per tenant and kind, so two
 * relations may twin the same local issue; configuration documents (Customer Uploaded Data,
 * {@link io.custodian.domain.appdata.ConfigurationService}); usage events (Session Data,
 * {@link io.custodian.domain.appdata.UsageService} under the {@link io.custodian.domain.appdata.UsagePolicy}); and
 * listing stored items with their content ({@link io.custodian.domain.appdata.ItemReadService}). Operation data is
 * written through the retention package's {@code OperationDataService}. Every use case serves an installed, ACTIVE
 * tenant pinned to this deployment only, and answers any other with an
 * {@link io.custodian.domain.appdata.AppDataRefusal} value. Out-ports: the retention package's {@code Inventory},
 * {@code OperationItems}, {@code ItemContents}, {@code ExpiredItems} and the tenant store.
 */
package io.custodian.domain.appdata;
