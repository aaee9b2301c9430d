/**
 * The optional forwarding of problem reports to an external help desk: {@link
 * io.custodian.web.outbound.jsm.JsmTicketForwarder} creates a Jira Service Management customer request on behalf of
 * the reporting user ({@link io.custodian.web.outbound.jsm.JsmSettings}). Off unless the server is configured for it.
 */
package io.custodian.web.outbound.jsm;
