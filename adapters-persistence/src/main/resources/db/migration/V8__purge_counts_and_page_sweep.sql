-- V8: purges counted when they begin, a write gate in the database, and page sweeps for mass purges.
--
-- A tenant purge used to count what each batch deleted, and the item tables referenced tenant by foreign key, so
-- the installation could not be deleted while an item remained. Both made a mass purge (many tenants due at once,
-- their rows spread over every page of the item tables) several times slower than deleting the same rows: each
-- tenant's rows were found through the index, about one page visit per row, and deleting each installation record
-- made PostgreSQL walk the dead index entries of every row just deleted (one foreign-key check per record and table).
--
-- 1. The write gate. The item tables' foreign keys to tenant are replaced by a trigger, item_write_gate, before every
--    insert and update of an item row: it takes the same key-share lock on the tenant row a foreign key takes and
--    refuses the write (SQLSTATE 23503, constraint <table>_tenant_fk) when the tenant has no installation, and it
--    refuses any item write for a tenant whose purge has begun (SQLSTATE 55000, constraint item_write_gate). Deleting
--    an installation record no longer checks the item tables: the purge proves the tenant has nothing left by its
--    counts (below), and an item left by a tenant without installation is due under the NO_INSTALLATION rule, which
--    the next sweep deletes.
-- 2. Counts when the purge begins. purge_progress_count.item_count is what the tenant held of each kind when its purge
--    began: the purge's first transaction locks the tenant rows (waiting for writes under way, whose gate then sees
--    the purge) and counts, so the count is exact and is what the receipt reports. state says how far each kind got:
--    PENDING (deleted tenant by tenant through the index), SWEEPING (deleted by the page sweep of its table) or DONE
--    (nothing of the kind left).
-- 3. Page sweeps. When the tenants whose purge begins together hold more rows of a table than the table has pages,
--    the table is read once in page order instead (purge_sweep: one row per table being swept, the next page and the
--    end), in bounded chunks of pages, each chunk one transaction. A sweep that reaches the end has deleted exactly
--    the counted rows (compared in the last chunk's transaction): its kinds are DONE; otherwise they go back to
--    PENDING and the index path finishes them and proves each tenant empty.

-- 1. The write gate ---------------------------------------------------------------------------------------------

create function item_write_gate() returns trigger language plpgsql as $$
begin
    perform 1 from tenant where client_key = new.client_key for key share;
    if not found then
        raise exception 'insert or update on table "%" violates foreign key constraint "%"',
                tg_table_name, tg_table_name || '_tenant_fk'
            using errcode = 'foreign_key_violation',
                  detail = 'The tenant has no installation record.',
                  table = tg_table_name,
                  constraint = tg_table_name || '_tenant_fk';
    end if;
    if exists (select 1 from purge_progress where client_key = new.client_key) then
        raise exception 'write to table "%" refused by "item_write_gate": the tenant''s purge has begun', tg_table_name
            using errcode = 'object_not_in_prerequisite_state',
                  table = tg_table_name,
                  constraint = 'item_write_gate';
    end if;
    return new;
end
$$;

comment on function item_write_gate() is
    'Refuses an item write for a tenant without installation (like a foreign key) or whose purge has begun';

-- every item table (V2, V3): its foreign key to tenant goes, the gate comes
do $$
declare
    item_table text;
begin
    foreach item_table in array array['license_information', 'sync_relation', 'twin_trace', 'field_trace',
            'issue_version_copy', 'configuration_document', 'usage_event', 'support_ticket', 'support_bundle'] loop
        execute format('alter table %I drop constraint %I', item_table, item_table || '_tenant_fk');
        execute format('create trigger %I before insert or update on %I for each row execute function item_write_gate()',
                item_table || '_write_gate', item_table);
    end loop;
end
$$;

-- 2. Counts when the purge begins -------------------------------------------------------------------------------
-- A purge interrupted before this migration counted what its batches deleted so far: what is still there is added,
-- so its receipt counts everything the purge deletes, as the new ones do.

do $$
declare
    item record;
begin
    for item in select * from (values ('license_information', 'LICENSE_INFORMATION'), ('sync_relation', 'SYNC_RELATION'),
            ('twin_trace', 'TWIN_TRACE'), ('field_trace', 'FIELD_TRACE'), ('issue_version_copy', 'ISSUE_VERSION_COPY'),
            ('configuration_document', 'CONFIGURATION_DOCUMENT'), ('usage_event', 'USAGE_EVENT'),
            ('support_ticket', 'SUPPORT_TICKET'), ('support_bundle', 'SUPPORT_BUNDLE')) as kinds (item_table, kind) loop
        execute format('insert into purge_progress_count (client_key, item_kind, deleted) '
                || 'select t.client_key, %L, count(*) from %I t join purge_progress p on p.client_key = t.client_key '
                || 'group by t.client_key on conflict (client_key, item_kind) '
                || 'do update set deleted = purge_progress_count.deleted + excluded.deleted', item.kind, item.item_table);
    end loop;
end
$$;

alter table purge_progress_count rename column deleted to item_count;
alter table purge_progress_count rename constraint purge_progress_count_deleted_ck to purge_progress_count_item_count_ck;
alter table purge_progress_count add column state text not null default 'PENDING';
alter table purge_progress_count add constraint purge_progress_count_state_ck
    check (state in ('PENDING', 'SWEEPING', 'DONE'));
create index purge_progress_count_kind_state_ix on purge_progress_count (item_kind, state);

comment on table purge_progress_count is
    'Custody bookkeeping: per purge in progress and item kind, the items counted when it began (no tenant items)';
comment on column purge_progress_count.item_count is 'items of the kind the tenant held when its purge began';
comment on column purge_progress_count.state is 'PENDING (index path), SWEEPING (page sweep) or DONE';

-- 3. Page sweeps ------------------------------------------------------------------------------------------------

create table purge_sweep (
    item_kind   text        not null,
    next_page   bigint      not null,
    end_page    bigint      not null,
    deleted     bigint      not null,
    started_at  timestamptz not null,

    constraint purge_sweep_pk primary key (item_kind),
    constraint purge_sweep_kind_ck check (length(item_kind) between 1 and 64),
    constraint purge_sweep_pages_ck check (next_page >= 0 and end_page >= 0),
    constraint purge_sweep_deleted_ck check (deleted >= 0)
);

comment on table purge_sweep is
    'Custody bookkeeping: item tables being swept in page order for the purges counted SWEEPING (no tenant items)';
