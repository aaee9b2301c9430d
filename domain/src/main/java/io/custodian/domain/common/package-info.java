/**
 * Small things shared by the domain's capabilities: the {@link io.custodian.domain.common.Transactions} out-port.
 * Depends on nothing but the JDK.
 */
package io.custodian.domain.common;
