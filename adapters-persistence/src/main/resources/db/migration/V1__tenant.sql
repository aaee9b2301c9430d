-- V1: the tenant (installation) record, i.e. the statement's Account Data, and the tenant's data key.
-- Categories: ACCOUNT (see io.custodian.domain.datamap.DataMap and PersistenceDataMap).

create table tenant (
    client_key                  text        not null,
    -- Account Data fields named by the privacy statement
    add_on_key                  text        not null,
    product_type                text        not null,
    base_url                    text        not null,
    service_entitlement_number  text,
    oauth_client_id             text,
    -- the shared secret, AES-GCM encrypted under the tenant's data key (never stored in clear)
    shared_secret_ciphertext    bytea       not null,
    -- further install payload fields
    entitlement_id              text,
    entitlement_number          text,
    cloud_id                    text,
    installation_id             text,
    display_url                 text,
    description                 text,
    -- custody
    data_location               text        not null,
    state                       text        not null,
    installed_at                timestamptz not null,
    marked_at                   timestamptz,
    purge_deadline              timestamptz,

    constraint tenant_pk primary key (client_key),
    constraint tenant_client_key_length_ck check (length(client_key) between 1 and 255),
    constraint tenant_add_on_key_length_ck check (length(add_on_key) between 1 and 255),
    constraint tenant_product_type_ck check (product_type in ('JIRA', 'CONFLUENCE')),
    constraint tenant_base_url_length_ck check (length(base_url) between 1 and 255),
    constraint tenant_secret_length_ck check (octet_length(shared_secret_ciphertext) between 1 and 4096),
    constraint tenant_data_location_ck check (length(data_location) between 1 and 255),
    constraint tenant_state_ck check (state in ('ACTIVE', 'DISABLED', 'MARKED_FOR_DELETION', 'PURGED')),
    constraint tenant_mark_pair_ck check ((marked_at is null) = (purge_deadline is null)),
    constraint tenant_marked_state_ck check (state <> 'MARKED_FOR_DELETION' or marked_at is not null),
    constraint tenant_unmarked_state_ck check (state not in ('ACTIVE', 'DISABLED') or marked_at is null),
    constraint tenant_deadline_ck check (purge_deadline is null
        or (purge_deadline > marked_at and purge_deadline <= marked_at + interval '180 days'))
);

comment on table tenant is 'Account Data: one Connect installation per client key';
comment on column tenant.shared_secret_ciphertext is 'AES-GCM ciphertext of the Connect shared secret under the tenant data key';

-- retention: tenants whose purge deadline has passed, earliest first
create index tenant_purge_deadline_ix on tenant (purge_deadline) where state = 'MARKED_FOR_DELETION';
-- site import detection: several client keys may share a base URL
create index tenant_base_url_ix on tenant (base_url);

-- The tenant's data key, wrapped (AES-GCM) by the deployment's master key. Deleting the row at purge makes
-- everything encrypted under it unrecoverable (crypto-shredding), backups included.
create table tenant_data_key (
    client_key   text        not null,
    wrapped_key  bytea       not null,
    created_at   timestamptz not null,

    constraint tenant_data_key_pk primary key (client_key),
    constraint tenant_data_key_client_key_length_ck check (length(client_key) between 1 and 255),
    constraint tenant_data_key_wrapped_length_ck check (octet_length(wrapped_key) between 28 and 512)
);

comment on table tenant_data_key is 'Account Data key material: per-tenant data key wrapped by the master key';
