package io.custodian.domain.support;

import java.util.Objects;

/**
 * In-port: resolve a ticket. From the resolution on, retention deletes the ticket and its bundle after the support
 * retention period. A resolution is recorded in the audit log ({@code support-ticket.resolve}, the staff member as
 * actor, the ticket as subject and purpose); resolving a resolved ticket changes nothing and records nothing. The
 * staff API authenticates the staff member and decides whether they may act on tickets.
 */
public interface ResolveTicketUseCase {

    Outcome resolve(ResolveTicketCommand command);

    sealed interface Outcome {
    }

    record Resolved(TicketView ticket) implements Outcome {
        public Resolved {
            Objects.requireNonNull(ticket, "ticket");
        }
    }

    /** It was resolved before; unchanged, with its first resolution time. */
    record AlreadyResolved(TicketView ticket) implements Outcome {
        public AlreadyResolved {
            Objects.requireNonNull(ticket, "ticket");
        }
    }

    /** No such ticket is stored. */
    record NotFound() implements Outcome {
    }
}
