-- V6: staff identity. Credentials, sessions and failed-login counts of the vendor's staff accounts (staff_member, V4).
-- None of these tables holds tenant data (see PersistenceDataMap's non-tenant list).
--   staff_credential  the Argon2id hash of each account's password (StaffCredentials)
--   staff_session     open and ended sessions, by the SHA-256 of their bearer token (StaffSessions)
--   login_attempt     consecutive failed logins per login name, for the login throttle (LoginAttempts)

-- Passwords ------------------------------------------------------------------------------------------------------
-- One row per account that has a password; the hash string carries algorithm, parameters and salt (PHC form).

create table staff_credential (
    staff_id       uuid        not null,
    password_hash  text        not null,
    set_at         timestamptz not null,

    constraint staff_credential_pk primary key (staff_id),
    constraint staff_credential_staff_fk foreign key (staff_id) references staff_member (staff_id),
    constraint staff_credential_password_hash_length_ck check (length(password_hash) between 1 and 512)
);
comment on table staff_credential is 'Staff password hashes (Argon2id, salted): not tenant data, never the password';

-- Sessions -------------------------------------------------------------------------------------------------------
-- The bearer token is handed to the staff member once and never stored: only its SHA-256 (hex) is, so a copy of this
-- table opens no session. Ended sessions (expired or revoked) are deleted by the identity sweep.

create table staff_session (
    token_hash  text        not null,
    staff_id    uuid        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,

    constraint staff_session_pk primary key (token_hash),
    constraint staff_session_staff_fk foreign key (staff_id) references staff_member (staff_id),
    constraint staff_session_token_hash_ck check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint staff_session_lifetime_ck check (expires_at > created_at)
);
comment on table staff_session is 'Staff sessions by SHA-256 of their bearer token (never the token): not tenant data';
-- the sweep deletes by expiry; a password change or a disabled account revokes the open sessions of one member
create index staff_session_expires_at_ix on staff_session (expires_at);
create index staff_session_open_ix on staff_session (staff_id) where revoked_at is null;

-- Failed logins --------------------------------------------------------------------------------------------------
-- One row per login name with failures, whether an account has that name or not (so the throttle does not reveal
-- which names exist): no foreign key. Updated by compare-and-set; cleared on success; forgotten by the sweep.

create table login_attempt (
    login_name           text        not null,
    consecutive_failures integer     not null,
    last_failed_at       timestamptz not null,

    constraint login_attempt_pk primary key (login_name),
    constraint login_attempt_login_lower_case_ck check (login_name = lower(login_name)),
    constraint login_attempt_login_length_ck check (length(login_name) between 1 and 128),
    constraint login_attempt_failures_ck check (consecutive_failures >= 1)
);
comment on table login_attempt is 'Consecutive failed staff logins per login name, for throttling: not tenant data';
create index login_attempt_last_failed_at_ix on login_attempt (last_failed_at);
