-- V5: bookkeeping of tenant purges run in bounded batches by the retention engine. A purge is recorded here before
-- its first batch; each batch adds what it deleted in the same transaction; the purge's final transaction (record
-- deleted, data key destroyed, receipt kept) removes the row. A row left here means a purge was interrupted and is
-- resumed by the next sweep of any process, which then issues the one receipt counting every batch.

create table purge_progress (
    client_key  text        not null,
    started_at  timestamptz not null,

    constraint purge_progress_pk primary key (client_key),
    constraint purge_progress_client_key_length_ck check (length(client_key) between 1 and 255)
);

create table purge_progress_count (
    client_key  text   not null,
    item_kind   text   not null,
    deleted     bigint not null,

    constraint purge_progress_count_pk primary key (client_key, item_kind),
    constraint purge_progress_count_progress_fk foreign key (client_key)
        references purge_progress (client_key) on delete cascade,
    constraint purge_progress_count_deleted_ck check (deleted >= 0),
    constraint purge_progress_count_kind_ck check (length(item_kind) between 1 and 64)
);

comment on table purge_progress is 'Custody bookkeeping: tenant purges in progress (no tenant items)';
comment on table purge_progress_count is 'Custody bookkeeping: items deleted so far per kind by a purge in progress';
