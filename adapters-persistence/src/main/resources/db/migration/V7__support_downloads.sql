-- V7: Support Data of problem reports, and the custody record of support-bundle downloads.
--   support_ticket    gains the report (reporter e-mail, summary, description) and where the ticket stands with the
--                     external help desk; still the SUPPORT_TICKET item table (V3), so the report goes with the
--                     ticket when retention or a purge deletes it
--   support_bundle    unchanged; found by ticket id alone for the download bookkeeping
--   support_download  who downloaded which ticket's bundle when (custody record, see PersistenceDataMap)

-- Tickets ----------------------------------------------------------------------------------------------------------
-- The report columns are null only on a ticket row written through the generic item port (OperationItems), which
-- carries no report; every ticket a problem report opens (TicketSink) has all three, and the desk lists only those.

alter table support_ticket add column reporter_email text;
alter table support_ticket add column summary text;
alter table support_ticket add column description text;
alter table support_ticket add column forwarding_state text not null default 'NOT_FORWARDED';
alter table support_ticket add column forwarding_reference text;
alter table support_ticket add column forwarding_failure text;
alter table support_ticket add column forwarded_at timestamptz;

alter table support_ticket add constraint support_ticket_report_ck
    check ((reporter_email is null) = (summary is null) and (summary is null) = (description is null));
alter table support_ticket add constraint support_ticket_reporter_email_length_ck
    check (length(reporter_email) between 3 and 254);
alter table support_ticket add constraint support_ticket_summary_length_ck check (length(summary) between 1 and 255);
alter table support_ticket add constraint support_ticket_description_length_ck check (length(description) <= 30000);
alter table support_ticket add constraint support_ticket_forwarding_state_ck
    check (forwarding_state in ('PENDING', 'NOT_FORWARDED', 'FORWARDED', 'FAILED'));
alter table support_ticket add constraint support_ticket_forwarded_ck
    check ((forwarding_state = 'FORWARDED') = (forwarding_reference is not null));
alter table support_ticket add constraint support_ticket_forwarding_failed_ck
    check ((forwarding_state = 'FAILED') = (forwarding_failure is not null));
alter table support_ticket add constraint support_ticket_forwarded_at_ck
    check ((forwarding_state in ('FORWARDED', 'FAILED')) = (forwarded_at is not null));
alter table support_ticket add constraint support_ticket_forwarding_reference_length_ck
    check (length(forwarding_reference) between 1 and 255);
alter table support_ticket add constraint support_ticket_forwarding_failure_length_ck
    check (length(forwarding_failure) between 1 and 500);

comment on column support_ticket.reporter_email is 'the reporting user, on whose behalf the ticket was opened';
comment on column support_ticket.forwarding_state is 'where the ticket stands with the external help desk';
comment on column support_ticket.forwarding_reference is 'the help desk''s request key (e.g. SD-42) once forwarded';
comment on column support_ticket.forwarding_failure is 'why forwarding failed (no secret)';

-- the desk's queue: oldest opened first, then by ticket id, optionally in one state (keyset pages)
create index support_ticket_desk_ix on support_ticket (last_written_at, item_id) where reporter_email is not null;
create index support_ticket_desk_state_ix on support_ticket (status, last_written_at, item_id)
    where reporter_email is not null;

-- Bundles ----------------------------------------------------------------------------------------------------------
-- a bundle's parent is its ticket; ticket ids are unique across tenants, so the download bookkeeping finds a
-- ticket's bundle by parent id alone
create index support_bundle_ticket_ix on support_bundle (parent_id);

-- Downloads --------------------------------------------------------------------------------------------------------
-- No client key and no content: the tenant is named by its pseudonym (like receipts and the audit log), the bundle by
-- its ticket id, size and SHA-256. Kept after the bundle, the ticket and the tenant are deleted, so that the client
-- that holds a copy learns to wipe it and the acknowledged wipe can be shown (e.g. with the deletion receipt).
-- Staff ids carry no foreign key, as in V4.

create table support_download (
    download_id           uuid        not null,
    ticket_id             text        collate "C" not null,
    tenant_pseudonym      text        not null,
    downloaded_by         uuid        not null,
    downloaded_at         timestamptz not null,
    bundle_bytes          integer     not null,
    bundle_sha256         text        not null,
    wipe_acknowledged_by  uuid,
    wipe_acknowledged_at  timestamptz,

    constraint support_download_pk primary key (download_id),
    constraint support_download_ticket_id_length_ck check (length(ticket_id) between 1 and 64),
    constraint support_download_tenant_pseudonym_ck check (tenant_pseudonym ~ '^[0-9a-f]{64}$'),
    constraint support_download_bundle_bytes_ck check (bundle_bytes between 0 and 4194304),
    constraint support_download_bundle_sha256_ck check (bundle_sha256 ~ '^[0-9a-f]{64}$'),
    constraint support_download_wipe_pair_ck check ((wipe_acknowledged_by is null) = (wipe_acknowledged_at is null)),
    constraint support_download_wipe_after_ck check (wipe_acknowledged_at >= downloaded_at)
);
comment on table support_download is
    'Custody record: support-bundle downloads by staff and the acknowledged wipes of the copies; pseudonymised';
-- the copies to wipe: unacknowledged downloads, oldest first
create index support_download_unwiped_ix on support_download (downloaded_at, download_id)
    where wipe_acknowledged_at is null;
-- a tenant's downloads, for receipts
create index support_download_tenant_ix on support_download (tenant_pseudonym, downloaded_at, download_id);
