/**
 * Access policy: staff accounts (affiliation, team, role), stated purposes, and the decisions who may read
 * which tenant data, approve deletions and manage staff. In-ports {@link io.custodian.domain.access.ManageStaffUseCase}
 * and {@link io.custodian.domain.access.AuthoriseTenantReadUseCase}; out-ports
 * {@link io.custodian.domain.access.StaffDirectory} and {@link io.custodian.domain.access.AccessLog}.
 */
package io.custodian.domain.access;
