-- V2: license information (Operation Data, item kind LICENSE_INFORMATION): the last license state Atlassian
-- reported for a tenant through the verified `lic` parameter. Replaced on refresh; one row per tenant.

create table license_information (
    client_key   text        not null,
    active       boolean     not null,
    reported_at  timestamptz not null,

    constraint license_information_pk primary key (client_key),
    constraint license_information_client_key_length_ck check (length(client_key) between 1 and 255)
);

comment on table license_information is 'Operation Data: last reported license state per tenant';

-- retention: operation items idle longer than the maximum idle time
create index license_information_reported_at_ix on license_information (reported_at);
