package io.custodian.domain.identity;

import io.custodian.domain.access.StaffId;

import java.util.Optional;

/** Out-port: the password hash of each staff account (at most one; an account may have none yet). */
public interface StaffCredentials {

    Optional<StaffCredential> find(StaffId staff);

    /** Stores the credential, replacing the account's previous one. */
    void save(StaffCredential credential);
}
