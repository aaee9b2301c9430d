/**
 * Support tickets, as far as retention needs them: a {@link io.custodian.domain.support.SupportTicket} with its
 * resolution time, and the {@link io.custodian.domain.support.TicketSink} out-port where problem reports open them.
 */
package io.custodian.domain.support;
