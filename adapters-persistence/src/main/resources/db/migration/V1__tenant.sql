-- V1: the tenant (installation) record: the statement's Account Data.
-- Category: ACCOUNT (see io.custodian.domain.datamap). One row per Connect client key.

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
    -- the tenant's data key, wrapped by the master key; null once destroyed at purge
    data_key_wrapped            bytea,
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
    updated_at                  timestamptz not null,
    marked_at                   timestamptz,
    purge_deadline              timestamptz,
    purged_at                   timestamptz,

    constraint tenant_pk primary key (client_key),
    constraint tenant_client_key_length_ck check (length(client_key) between 1 and 255),
    constraint tenant_add_on_key_ck check (add_on_key ~ '^[a-zA-Z0-9._-]{1,80}$'),
    constraint tenant_product_type_ck check (length(product_type) between 1 and 64),
    constraint tenant_base_url_ck check (length(base_url) between 1 and 2048),
    constraint tenant_state_ck check (state in ('ACTIVE', 'DISABLED', 'MARKED_FOR_DELETION', 'PURGED')),
    constraint tenant_mark_ck check ((state = 'MARKED_FOR_DELETION') = (marked_at is not null and purge_deadline is not null)
                                     or state = 'PURGED'),
    constraint tenant_purged_ck check ((state = 'PURGED') = (purged_at is not null))
);

comment on table tenant is 'Account Data: one Connect installation per client key';
comment on column tenant.shared_secret_ciphertext is 'AES-GCM ciphertext of the Connect shared secret';

-- retention: tenants whose purge deadline has passed
create index tenant_purge_deadline_ix on tenant (purge_deadline) where state = 'MARKED_FOR_DELETION';
-- site import detection: several client keys may share a base URL
create index tenant_base_url_ix on tenant (base_url);
