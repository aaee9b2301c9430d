package io.custodian.persistence;

import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.datamap.StorageName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the persistence adapter keeps each kind of tenant data: every table that holds tenant data is registered
 * with the domain's {@link DataMap} under exactly one {@link ItemKind} (hence one category), with the columns it may
 * have; every other table is listed with the reason it holds no tenant data. {@code DataMapCatalogTest} compares
 * both lists with PostgreSQL's catalog after all migrations: a new table, or a new column of a table holding tenant
 * data, fails the build until it is classified here.
 * <p>Table names only (no generated code), so this class compiles before the jOOQ code is generated.
 */
public final class PersistenceDataMap {

    /** A table holding tenant data of one kind, and every column it has. */
    public record TenantTable(StorageName name, ItemKind kind, List<String> columns) {
        public TenantTable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            columns = List.copyOf(columns);
            if (!columns.contains(CLIENT_KEY)) {
                throw new IllegalArgumentException("tenant table " + name + " must be keyed by " + CLIENT_KEY);
            }
        }
    }

    /**
     * A table holding no tenant data, and why. {@code columns} lists its columns when it has a {@code client_key}
     * column (so that adding a column forces a decision there too); empty otherwise.
     */
    public record NonTenantTable(String name, String reason, List<String> columns) {
        public NonTenantTable {
            new StorageName(name); // same shape as a registered name
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("non-tenant table " + name + " needs a reason");
            }
            columns = List.copyOf(columns);
        }
    }

    /** The column that names the tenant in every tenant table (and the shard key). */
    public static final String CLIENT_KEY = "client_key";

    private static final List<String> ITEM = List.of(CLIENT_KEY, "item_id", "last_written_at", "content");
    private static final List<String> CHILD_ITEM =
            List.of(CLIENT_KEY, "item_id", "parent_id", "last_written_at", "content");

    private static final List<TenantTable> TENANT_TABLES = List.of(
            // Account Data: the installation record, and the key that seals its shared secret (crypto-shredded at
            // the purge: SecretCipher.destroyKey)
            tenant("tenant", ItemKind.INSTALLATION_RECORD, List.of(CLIENT_KEY, "add_on_key", "product_type",
                    "base_url", "service_entitlement_number", "oauth_client_id", "shared_secret_ciphertext",
                    "entitlement_id", "entitlement_number", "cloud_id", "installation_id", "display_url",
                    "description", "data_location", "state", "installed_at", "marked_at", "purge_deadline")),
            tenant("tenant_data_key", ItemKind.INSTALLATION_RECORD, List.of(CLIENT_KEY, "wrapped_key", "created_at")),
            // Operation Data
            tenant("license_information", ItemKind.LICENSE_INFORMATION,
                    List.of(CLIENT_KEY, "active", "reported_at", "content")),
            tenant("sync_relation", ItemKind.SYNC_RELATION, ITEM),
            tenant("twin_trace", ItemKind.TWIN_TRACE, CHILD_ITEM),
            tenant("field_trace", ItemKind.FIELD_TRACE, CHILD_ITEM),
            tenant("issue_version_copy", ItemKind.ISSUE_VERSION_COPY, CHILD_ITEM),
            // Customer Uploaded Data
            tenant("configuration_document", ItemKind.CONFIGURATION_DOCUMENT, ITEM),
            // Session Data
            tenant("usage_event", ItemKind.USAGE_EVENT, ITEM),
            // Support Data
            // (the ticket's report and where it stands with the external help desk are Support Data of the ticket,
            // deleted with it: V7)
            tenant("support_ticket", ItemKind.SUPPORT_TICKET,
                    List.of(CLIENT_KEY, "item_id", "status", "last_written_at", "resolved_at", "content",
                            "reporter_email", "summary", "description", "forwarding_state", "forwarding_reference",
                            "forwarding_failure", "forwarded_at")),
            tenant("support_bundle", ItemKind.SUPPORT_BUNDLE, CHILD_ITEM));

    private static final List<NonTenantTable> NON_TENANT_TABLES = List.of(
            new NonTenantTable("flyway_schema_history",
                    "Flyway's record of the applied migrations: schema versions and checksums, no tenant data.",
                    List.of()),
            new NonTenantTable("receipt",
                    "Signed deletion receipts, the proof of each purge, kept after it by design: they name the tenant by"
                            + " pseudonym only (no client key) and hold counts per kind, times, the rule and the"
                            + " location, no tenant data.",
                    List.of()),
            new NonTenantTable("audit_entry",
                    "The append-only, hash-chained audit log of staff access and custody operations: names tenants by"
                            + " pseudonym only and outlives their purge by design.",
                    List.of()),
            new NonTenantTable("staff_member",
                    "The vendor's staff accounts (employees and subcontractors): personal data of staff, not of"
                            + " tenants.",
                    List.of()),
            new NonTenantTable("deletion_request",
                    "Custody record of a customer's early-deletion instruction: who asked (the customer's reference),"
                            + " who approved and executed it, the dry-run counts and the receipt it produced. It keeps"
                            + " the client key after the purge as evidence of whose data the instruction concerned;"
                            + " it holds none of the tenant's items.",
                    List.of("request_id", CLIENT_KEY, "customer_reference", "requested_by", "requested_at",
                            "dry_run_counted_at", "dry_run_kinds", "dry_run_counts", "state", "approved_by",
                            "approved_at", "executed_by", "executed_at", "receipt_id", "cancelled_by",
                            "cancelled_at", "cancel_reason")),
            new NonTenantTable("purge_progress",
                    "Bookkeeping of a purge running in bounded batches: which tenant and since when; removed in the"
                            + " purge's final transaction together with the installation record. No tenant items.",
                    List.of(CLIENT_KEY, "started_at")),
            new NonTenantTable("purge_progress_count",
                    "Per purge in progress and item kind, the items counted when it began (what its single receipt"
                            + " reports) and how far their deletion got; removed with its purge_progress row. No"
                            + " tenant items.",
                    List.of(CLIENT_KEY, "item_kind", "item_count", "state")),
            new NonTenantTable("purge_sweep",
                    "Bookkeeping of a mass purge reading an item table in page order: which table, the next page"
                            + " and the end, the rows deleted so far; removed when the sweep ends. No tenant data.",
                    List.of("item_kind", "next_page", "end_page", "deleted", "started_at")),
            new NonTenantTable("support_download",
                    "Custody record of support-bundle downloads: which staff member downloaded the bundle of which"
                            + " ticket when, the bundle's size and SHA-256, and the acknowledged wipe of the copy. It is"
                            + " not Support Data bookkeeping deleted with the ticket: it must outlive the bundle, so the"
                            + " client holding a copy learns the bundle is gone and wipes it, and the wipe can be shown"
                            + " with the deletion receipt. It holds none of the bundle's content and names the tenant by"
                            + " pseudonym only (no client key), like the receipts and the audit log.",
                    List.of("download_id", "ticket_id", "tenant_pseudonym", "downloaded_by", "downloaded_at",
                            "bundle_bytes", "bundle_sha256", "wipe_acknowledged_by", "wipe_acknowledged_at")),
            new NonTenantTable("staff_credential",
                    "The Argon2id password hash of each vendor staff account: a credential of staff, not data of"
                            + " any tenant.",
                    List.of()),
            new NonTenantTable("staff_session",
                    "Sessions of vendor staff, by the SHA-256 of their bearer token (never the token), with their"
                            + " staff id and times: who is signed in, not data of any tenant.",
                    List.of()),
            new NonTenantTable("login_attempt",
                    "Consecutive failed staff logins per login name, for the login throttle: staff sign-in"
                            + " bookkeeping, not data of any tenant.",
                    List.of()));

    private static final DataMap DATA_MAP = register();

    private PersistenceDataMap() {
    }

    /** The domain's standard data map with every tenant table registered as the storage of its kind. */
    public static DataMap dataMap() {
        return DATA_MAP;
    }

    /** Every table holding tenant data, in {@link ItemKind} order. */
    public static List<TenantTable> tenantTables() {
        return TENANT_TABLES;
    }

    /** Every table holding no tenant data, with its reason. */
    public static List<NonTenantTable> nonTenantTables() {
        return NON_TENANT_TABLES;
    }

    /** The tenant table named {@code name}, if it is one. */
    public static Optional<TenantTable> tenantTable(String name) {
        return TENANT_TABLES.stream().filter(table -> table.name().value().equals(name)).findFirst();
    }

    /** The non-tenant table named {@code name}, if it is one. */
    public static Optional<NonTenantTable> nonTenantTable(String name) {
        return NON_TENANT_TABLES.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    private static TenantTable tenant(String name, ItemKind kind, List<String> columns) {
        return new TenantTable(new StorageName(name), kind, columns);
    }

    private static DataMap register() {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        TENANT_TABLES.forEach(table -> names.add(table.name().value()));
        NON_TENANT_TABLES.forEach(table -> names.add(table.name()));
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalStateException("table " + name + " is classified twice");
            }
        }
        DataMap map = DataMap.standard();
        for (TenantTable table : TENANT_TABLES) {
            map = map.withStorage(table.kind(), table.name());
        }
        if (!map.kindsWithoutStorage().isEmpty()) {
            throw new IllegalStateException("item kinds without a table: " + map.kindsWithoutStorage());
        }
        return map;
    }
}
