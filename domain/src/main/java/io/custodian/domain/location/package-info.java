/**
 * Data location: the deployment's declared location, tenants pinned to it at install, and the policy that
 * refuses any operation on a tenant pinned elsewhere.
 */
package io.custodian.domain.location;
