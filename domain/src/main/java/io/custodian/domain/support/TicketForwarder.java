package io.custodian.domain.support;

/**
 * Out-port: an external help desk (e.g. Jira Service Management) where a problem report also opens a request on
 * behalf of the reporting user. Called after the local ticket is committed, outside any transaction. Only the report
 * (e-mail, summary, description) and the local ticket id are sent, never the support bundle or account data. An
 * adapter answers every expected failure (unreachable, timeout, refused) with {@link ForwardingResult.Failed}; the
 * ticket then records the failure and stays open locally.
 */
public interface TicketForwarder {

    /** No external help desk: every report is {@link ForwardingResult.Disabled}. */
    TicketForwarder DISABLED = request -> new ForwardingResult.Disabled();

    ForwardingResult forward(ForwardTicketRequest request);
}
