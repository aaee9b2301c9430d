-- V9: a page sweep counts what it deletes, instead of the purges counting their swept tables when they begin.
--
-- Counting the rows of a mass purge when it begins (V8) read every row of the swept tables once more, in the
-- beginning transaction: for a million rows, about half of what deleting them takes. Now the beginning counts only
-- the kinds deleted through the index (few rows, found through the index anyway); a kind whose table is swept starts
-- at 0 and every chunk of the sweep records, in its own transaction, how many rows of each tenant it deleted
-- (purge_sweep_tally). The chunk that ends the sweep adds the tallies to the counts.
--
-- That the sweep found every row of its tenants no longer rests on comparing with the counts: the write gate (V8)
-- refuses every write of a tenant whose purge has begun, so its rows neither move nor grow, and every row lies below
-- the end page recorded when the purges began; a sweep that read every page below it in its table's original file
-- has seen them all. Only a rewrite of the table (VACUUM FULL, CLUSTER, a table rewrite by ALTER TABLE) moves rows
-- to other pages, and a rewrite gives the table a new file: purge_sweep.relfilenode records the file the sweep began
-- in. A sweep that ends in another file counts what is left of its tenants and leaves those kinds to the index path.

alter table purge_sweep add column relfilenode bigint;

update purge_sweep set relfilenode = pg_relation_filenode(case item_kind
        when 'LICENSE_INFORMATION' then 'license_information'
        when 'SYNC_RELATION' then 'sync_relation'
        when 'TWIN_TRACE' then 'twin_trace'
        when 'FIELD_TRACE' then 'field_trace'
        when 'ISSUE_VERSION_COPY' then 'issue_version_copy'
        when 'CONFIGURATION_DOCUMENT' then 'configuration_document'
        when 'USAGE_EVENT' then 'usage_event'
        when 'SUPPORT_TICKET' then 'support_ticket'
        when 'SUPPORT_BUNDLE' then 'support_bundle'
    end::regclass)::bigint;

alter table purge_sweep alter column relfilenode set not null;

comment on column purge_sweep.relfilenode is
    'the file of the table when the sweep began: a sweep ending in another file (table rewritten) is not complete';

-- A sweep under way when this version starts was counted when its purges began; from now on its chunks add what they
-- delete, so its counts keep only what its chunks deleted so far: counted minus what is left.
do $$
declare
    item record;
begin
    for item in select * from (values ('license_information', 'LICENSE_INFORMATION'), ('sync_relation', 'SYNC_RELATION'),
            ('twin_trace', 'TWIN_TRACE'), ('field_trace', 'FIELD_TRACE'), ('issue_version_copy', 'ISSUE_VERSION_COPY'),
            ('configuration_document', 'CONFIGURATION_DOCUMENT'), ('usage_event', 'USAGE_EVENT'),
            ('support_ticket', 'SUPPORT_TICKET'), ('support_bundle', 'SUPPORT_BUNDLE')) as kinds (item_table, kind) loop
        execute format('update purge_progress_count c set item_count = c.item_count - '
                || '(select count(*) from %I t where t.client_key = c.client_key) '
                || 'where c.item_kind = %L and c.state = %L', item.item_table, item.kind, 'SWEEPING');
    end loop;
end
$$;

create table purge_sweep_tally (
    item_kind    text   not null,
    first_page   bigint not null,
    client_keys  text[] not null,
    counts       bigint[] not null,

    constraint purge_sweep_tally_pk primary key (item_kind, first_page),
    constraint purge_sweep_tally_sweep_fk foreign key (item_kind) references purge_sweep (item_kind) on delete cascade,
    constraint purge_sweep_tally_shape_ck check (cardinality(client_keys) = cardinality(counts))
);

comment on table purge_sweep_tally is
    'Custody bookkeeping: per chunk of a page sweep, the rows it deleted of each tenant (no tenant items)';
comment on column purge_sweep_tally.first_page is 'the first page of the chunk';
comment on column purge_sweep_tally.client_keys is 'the tenants the chunk deleted rows of';
comment on column purge_sweep_tally.counts is 'how many rows of each of them, in the same order';

comment on table purge_progress_count is
    'Custody bookkeeping: per purge in progress and item kind, the items its receipt counts (no tenant items)';
comment on column purge_progress_count.item_count is
    'PENDING and DONE: the items of the kind the tenant held when its purge began; SWEEPING: 0 until the sweep ends'
        ' and adds what it deleted';
