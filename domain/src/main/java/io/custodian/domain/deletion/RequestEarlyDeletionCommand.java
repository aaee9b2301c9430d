package io.custodian.domain.deletion;

import io.custodian.domain.access.StaffId;
import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;

/** Staff member {@code requester} asks, on the customer's behalf ({@code customerReference}), to delete {@code tenant}'s data. */
public record RequestEarlyDeletionCommand(StaffId requester, ClientKey tenant, CustomerReference customerReference) {
    public RequestEarlyDeletionCommand {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customerReference, "customerReference");
    }
}
