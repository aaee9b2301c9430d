-- V4: Custodian's own custody records. None of these tables holds a tenant's data in the sense of the data map
-- (see PersistenceDataMap's non-tenant list for each one's reason); they outlive a tenant's purge by design.
--   receipt           signed deletion receipts (ReceiptArchive): what remains of a purged tenant; pseudonymised
--   deletion_request  early-deletion requests (DeletionRequests)
--   audit_entry       the append-only, hash-chained audit log (AuditTrail); pseudonymised
--   staff_member      the vendor's staff accounts (StaffDirectory)

-- Deletion receipts ------------------------------------------------------------------------------------------------
-- No client key: the tenant is named by its pseudonym only. The typed columns are the receipt's fields; the
-- exact bytes that were signed are kept too, so a receipt can be re-verified without trusting this code, and the
-- adapter refuses to return a receipt whose fields no longer encode to those bytes.

create table receipt (
    receipt_id           uuid        not null,
    tenant_pseudonym     text        not null,
    trigger_code         text        not null,
    trigger_reference    text,
    deleted_kinds        text[]      not null,
    deleted_counts       bigint[]    not null,
    marked_at            timestamptz,
    deadline             timestamptz,
    executed_at          timestamptz not null,
    location             text        not null,
    canonical_form       bytea       not null,
    signature_algorithm  text        not null,
    signature_key_id     text        not null,
    signature            text        not null,

    constraint receipt_pk primary key (receipt_id),
    constraint receipt_tenant_pseudonym_ck check (tenant_pseudonym ~ '^[0-9a-f]{64}$'),
    constraint receipt_trigger_ck check (trigger_code in ('UNINSTALL_GRACE_EXPIRED', 'EARLY_DELETION_REQUEST')),
    constraint receipt_trigger_reference_ck
        check ((trigger_code = 'EARLY_DELETION_REQUEST') = (trigger_reference is not null)),
    constraint receipt_deleted_shape_ck
        check (cardinality(deleted_kinds) = cardinality(deleted_counts) and 0 < all (deleted_counts)),
    constraint receipt_mark_pair_ck check ((marked_at is null) = (deadline is null)),
    constraint receipt_location_length_ck check (length(location) between 1 and 255),
    constraint receipt_canonical_form_size_ck check (octet_length(canonical_form) between 1 and 65536),
    constraint receipt_signature_algorithm_length_ck check (length(signature_algorithm) between 1 and 32),
    constraint receipt_signature_key_id_length_ck check (length(signature_key_id) between 1 and 128),
    constraint receipt_signature_length_ck check (length(signature) between 1 and 8192)
);
comment on table receipt is 'Custody record: signed deletion receipts, pseudonymised; kept after the purge as its proof';
comment on column receipt.deleted_kinds is 'item kinds deleted (parallel to deleted_counts); per-category counts derive from them';
comment on column receipt.canonical_form is 'the exact bytes the signature covers (ReceiptCanonicalForm)';
comment on column receipt.signature is 'signature over canonical_form, standard Base64';
-- the archive lists receipts oldest execution first
create index receipt_executed_at_ix on receipt (executed_at, receipt_id);

-- Early-deletion requests ------------------------------------------------------------------------------------------
-- Kept after execution as the record of the customer's request (with the receipt id it produced).
-- Staff ids carry no foreign key: staff accounts are never deleted, and the audit log references them alike.

create table deletion_request (
    request_id           uuid        not null,
    client_key           text        not null,
    customer_reference   text        not null,
    requested_by         uuid        not null,
    requested_at         timestamptz not null,
    dry_run_counted_at   timestamptz not null,
    dry_run_kinds        text[]      not null,
    dry_run_counts       bigint[]    not null,
    state                text        not null,
    approved_by          uuid,
    approved_at          timestamptz,
    executed_by          uuid,
    executed_at          timestamptz,
    receipt_id           uuid,
    cancelled_by         uuid,
    cancelled_at         timestamptz,
    cancel_reason        text,

    constraint deletion_request_pk primary key (request_id),
    constraint deletion_request_client_key_length_ck check (length(client_key) between 1 and 255),
    constraint deletion_request_customer_reference_length_ck check (length(customer_reference) between 1 and 200),
    constraint deletion_request_dry_run_shape_ck
        check (cardinality(dry_run_kinds) = cardinality(dry_run_counts) and 0 < all (dry_run_counts)),
    constraint deletion_request_state_ck check (state in ('AWAITING_APPROVAL', 'APPROVED', 'EXECUTED', 'CANCELLED')),
    constraint deletion_request_approval_ck check ((state in ('APPROVED', 'EXECUTED'))
        = (approved_by is not null and approved_at is not null)),
    constraint deletion_request_approval_pair_ck check ((approved_by is null) = (approved_at is null)),
    constraint deletion_request_execution_ck check ((state = 'EXECUTED')
        = (executed_by is not null and executed_at is not null and receipt_id is not null)),
    constraint deletion_request_execution_null_ck check (state = 'EXECUTED'
        or (executed_by is null and executed_at is null and receipt_id is null)),
    constraint deletion_request_cancellation_ck check ((state = 'CANCELLED')
        = (cancelled_by is not null and cancelled_at is not null and cancel_reason is not null)),
    constraint deletion_request_cancellation_null_ck check (state = 'CANCELLED'
        or (cancelled_by is null and cancelled_at is null and cancel_reason is null)),
    constraint deletion_request_cancel_reason_length_ck check (length(cancel_reason) between 1 and 1000)
);
comment on table deletion_request is 'Custody record: early-deletion requests (requested, approved, executed or cancelled)';
-- a tenant has at most one open request; the approval queue lists open requests oldest first
create unique index deletion_request_open_uq on deletion_request (client_key)
    where state in ('AWAITING_APPROVAL', 'APPROVED');
create index deletion_request_open_ix on deletion_request (requested_at, request_id)
    where state in ('AWAITING_APPROVAL', 'APPROVED');

-- Audit log --------------------------------------------------------------------------------------------------------
-- Entry n holds the hash of entry n-1 (64 zeros for the first) and its own hash over its canonical form
-- (AuditCanonicalForm). Appends are serialised across processes by a transaction-level advisory lock (JooqAuditTrail);
-- sequence and hash are unique, so even a writer that skipped the lock could not fork the chain silently.

create table audit_entry (
    sequence          bigint      not null,
    previous_hash     text        not null,
    hash              text        not null,
    actor_kind        text        not null,
    actor_id          text        not null,
    action            text        not null,
    subject_type      text,
    subject_id        text,
    tenant_pseudonym  text,
    category          text,
    purpose_kind      text,
    purpose           text,
    occurred_at       timestamptz not null,
    outcome           text        not null,
    outcome_reason    text,

    constraint audit_entry_pk primary key (sequence),
    constraint audit_entry_hash_uq unique (hash),
    constraint audit_entry_sequence_ck check (sequence >= 1),
    constraint audit_entry_previous_hash_ck check (previous_hash ~ '^[0-9a-f]{64}$'),
    constraint audit_entry_hash_ck check (hash ~ '^[0-9a-f]{64}$'),
    constraint audit_entry_genesis_ck check ((sequence = 1) = (previous_hash = repeat('0', 64))),
    constraint audit_entry_actor_kind_ck check (actor_kind in ('staff', 'system')),
    constraint audit_entry_actor_id_length_ck check (length(actor_id) between 1 and 64),
    constraint audit_entry_action_length_ck check (length(action) between 1 and 64),
    constraint audit_entry_subject_pair_ck check ((subject_type is null) = (subject_id is null)),
    constraint audit_entry_tenant_pseudonym_ck check (tenant_pseudonym ~ '^[0-9a-f]{64}$'),
    constraint audit_entry_category_ck
        check (category in ('ACCOUNT', 'OPERATION', 'CUSTOMER_UPLOADED', 'SESSION', 'SUPPORT')),
    constraint audit_entry_purpose_pair_ck check ((purpose_kind is null) = (purpose is null)),
    constraint audit_entry_purpose_kind_ck check (purpose_kind in ('ticket', 'reason')),
    constraint audit_entry_outcome_ck check (outcome in ('ALLOWED', 'REFUSED', 'SUCCEEDED', 'FAILED')),
    constraint audit_entry_outcome_reason_ck
        check ((outcome in ('REFUSED', 'FAILED')) = (outcome_reason is not null))
);
comment on table audit_entry is 'Custody record: append-only hash-chained audit log; tenants named by pseudonym only';

-- append-only: rows are never updated or deleted (a row trigger does not stop TRUNCATE, which only an owner may run)
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_append_only_tg before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

-- Staff accounts ---------------------------------------------------------------------------------------------------
-- Login names are kept in lower case (LoginName), so the unique constraint is case-insensitive.

create table staff_member (
    staff_id             uuid    not null,
    display_name         text    not null,
    login_name           text    not null,
    affiliation          text    not null,
    contract_valid_until date,
    team                 text    not null,
    role                 text    not null,
    active               boolean not null,

    constraint staff_member_pk primary key (staff_id),
    constraint staff_member_login_uq unique (login_name),
    constraint staff_member_login_lower_case_ck check (login_name = lower(login_name)),
    constraint staff_member_login_length_ck check (length(login_name) between 1 and 128),
    constraint staff_member_display_name_length_ck check (length(display_name) between 1 and 200),
    constraint staff_member_affiliation_ck check (affiliation in ('EMPLOYEE', 'SUBCONTRACTOR')),
    constraint staff_member_contract_ck check ((affiliation = 'SUBCONTRACTOR') = (contract_valid_until is not null)),
    constraint staff_member_team_ck check (team in ('SUPPORT', 'DEVELOPMENT', 'OTHER')),
    constraint staff_member_role_ck check (role in ('SUPPORT_ENGINEER', 'DEVELOPER', 'PRIVACY_OFFICER'))
);
comment on table staff_member is 'Vendor staff accounts (employees and subcontractors): not tenant data';
