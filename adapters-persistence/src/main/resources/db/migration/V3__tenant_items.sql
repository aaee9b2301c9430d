-- V3: the tenant's stored items besides the installation record: one table per item kind of the data map
-- (io.custodian.domain.datamap.ItemKind; the registration is io.custodian.persistence.PersistenceDataMap).
--   Operation Data          sync_relation, twin_trace, field_trace, issue_version_copy (+ license_information, V2)
--   Customer Uploaded Data  configuration_document
--   Session Data            usage_event
--   Support Data            support_ticket, support_bundle
--
-- Every item table has the same spine, which the retention adapter (JooqItems, ItemBatches) relies on:
--   client_key       the tenant; references tenant, so no tenant data exists without its installation, and the
--                    installation cannot be deleted while any item remains (the purge deletes items first).
--                    Leading column of every key: the tables shard by tenant.
--   item_id          unique per tenant and kind (ItemId, at most 255 characters); collation "C": ids are opaque,
--                    compared and ordered byte by byte (keyset pages by id use the primary key's order)
--   parent_id        where the data map gives the kind a parent; no foreign key: the domain deletes exactly the
--                    items it names (children first), so a cascade would delete unreported items, and the
--                    Inventory port allows an item whose parent is not stored
--   last_written_at  when the item was last written (for a support ticket: when it was opened)
--   content          the item's opaque content (the domain's ItemContent: bytes it never looks into), at most
--                    4 MiB = ItemContent.MAX_BYTES
-- Indexes: the primary key (client_key, item_id) serves lookups, the purge and per-tenant batches; a parent index
-- (client_key, parent_id) serves children lookups and deletion with the parent; a time index serves each
-- time-based retention rule (max idle, session period, support period after resolution).

-- Operation Data -------------------------------------------------------------------------------------------------

create table sync_relation (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    last_written_at  timestamptz not null,
    content          bytea       not null,

    constraint sync_relation_pk primary key (client_key, item_id),
    constraint sync_relation_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint sync_relation_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint sync_relation_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table sync_relation is 'Operation Data: sync relations (kind SYNC_RELATION)';
-- retention: max idle
create index sync_relation_last_written_at_ix on sync_relation (last_written_at);

create table twin_trace (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    parent_id        text        collate "C" not null,
    last_written_at  timestamptz not null,
    content          bytea       not null,

    constraint twin_trace_pk primary key (client_key, item_id),
    constraint twin_trace_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint twin_trace_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint twin_trace_parent_id_length_ck check (length(parent_id) between 1 and 255),
    constraint twin_trace_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table twin_trace is 'Operation Data: twin traces (kind TWIN_TRACE), children of a sync relation';
comment on column twin_trace.parent_id is 'item id of the sync_relation the twin belongs to';
-- retention: deleted with its sync relation; max idle
create index twin_trace_parent_ix on twin_trace (client_key, parent_id);
create index twin_trace_last_written_at_ix on twin_trace (last_written_at);

create table field_trace (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    parent_id        text        collate "C" not null,
    last_written_at  timestamptz not null,
    content          bytea       not null,

    constraint field_trace_pk primary key (client_key, item_id),
    constraint field_trace_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint field_trace_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint field_trace_parent_id_length_ck check (length(parent_id) between 1 and 255),
    constraint field_trace_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table field_trace is 'Operation Data: field traces (kind FIELD_TRACE), children of a twin trace';
comment on column field_trace.parent_id is 'item id of the twin_trace the field belongs to';
-- retention: deleted with its twin; max idle
create index field_trace_parent_ix on field_trace (client_key, parent_id);
create index field_trace_last_written_at_ix on field_trace (last_written_at);

create table issue_version_copy (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    parent_id        text        collate "C" not null,
    last_written_at  timestamptz not null,
    content          bytea       not null,

    constraint issue_version_copy_pk primary key (client_key, item_id),
    constraint issue_version_copy_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint issue_version_copy_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint issue_version_copy_parent_id_length_ck check (length(parent_id) between 1 and 255),
    constraint issue_version_copy_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table issue_version_copy is 'Operation Data: issue version copies (kind ISSUE_VERSION_COPY), children of a twin trace';
comment on column issue_version_copy.parent_id is 'item id of the twin_trace whose issue this is a copy of';
-- retention: deleted with its twin; only the latest two per twin are kept (newest first per parent); max idle
create index issue_version_copy_parent_ix on issue_version_copy (client_key, parent_id, last_written_at);
create index issue_version_copy_last_written_at_ix on issue_version_copy (last_written_at);

-- License information (V2) becomes an item like the others: its opaque content can be written through the
-- operation-item port, and it cannot outlive its installation. `active` is null while no license state was
-- reported (an item written through the generic port carries none): "not reported" is not "unlicensed".
alter table license_information alter column active drop not null;
alter table license_information add column content bytea not null default ''::bytea;
alter table license_information add constraint license_information_content_size_ck
    check (octet_length(content) <= 4194304);
alter table license_information add constraint license_information_tenant_fk
    foreign key (client_key) references tenant (client_key);

-- Customer Uploaded Data -----------------------------------------------------------------------------------------

create table configuration_document (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    last_written_at  timestamptz not null,
    content          bytea       not null,

    constraint configuration_document_pk primary key (client_key, item_id),
    constraint configuration_document_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint configuration_document_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint configuration_document_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table configuration_document is 'Customer Uploaded Data: configuration created in the add-on UI (kind CONFIGURATION_DOCUMENT)';
-- retention: until the purge only (served by the primary key)

-- Session Data ---------------------------------------------------------------------------------------------------

create table usage_event (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    last_written_at  timestamptz not null,
    content          bytea       not null,

    constraint usage_event_pk primary key (client_key, item_id),
    constraint usage_event_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint usage_event_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint usage_event_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table usage_event is 'Session Data: usage statistics events (kind USAGE_EVENT)';
-- retention: session period after it was written
create index usage_event_last_written_at_ix on usage_event (last_written_at);

-- Support Data ---------------------------------------------------------------------------------------------------

create table support_ticket (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    status           text        not null,
    last_written_at  timestamptz not null,
    resolved_at      timestamptz,
    content          bytea       not null,

    constraint support_ticket_pk primary key (client_key, item_id),
    constraint support_ticket_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint support_ticket_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint support_ticket_status_ck check (status in ('OPEN', 'RESOLVED')),
    constraint support_ticket_resolution_ck check ((status = 'RESOLVED') = (resolved_at is not null)),
    constraint support_ticket_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table support_ticket is 'Support Data: tickets opened by problem reports (kind SUPPORT_TICKET)';
comment on column support_ticket.item_id is 'the ticket id of the support desk';
comment on column support_ticket.last_written_at is 'when the ticket was opened';
-- the support desk finds a ticket by its id alone (ticket ids are unique across tenants by construction; not
-- enforced by a unique index, which could not include the shard key)
create index support_ticket_item_id_ix on support_ticket (item_id);
-- retention: support period after the resolution
create index support_ticket_resolved_at_ix on support_ticket (resolved_at) where resolved_at is not null;

create table support_bundle (
    client_key       text        not null,
    item_id          text        collate "C" not null,
    parent_id        text        collate "C" not null,
    last_written_at  timestamptz not null,
    content          bytea       not null,

    constraint support_bundle_pk primary key (client_key, item_id),
    constraint support_bundle_tenant_fk foreign key (client_key) references tenant (client_key),
    constraint support_bundle_item_id_length_ck check (length(item_id) between 1 and 255),
    constraint support_bundle_parent_id_length_ck check (length(parent_id) between 1 and 255),
    constraint support_bundle_content_size_ck check (octet_length(content) <= 4194304)
);
comment on table support_bundle is 'Support Data: problem-report snapshots, secrets excluded (kind SUPPORT_BUNDLE), children of a support ticket';
comment on column support_bundle.parent_id is 'item id of the support_ticket the bundle was collected for';
comment on column support_bundle.content is 'the bundle bytes';
-- retention: deleted with its ticket
create index support_bundle_parent_ix on support_bundle (client_key, parent_id);
