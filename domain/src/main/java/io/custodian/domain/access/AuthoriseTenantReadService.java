package io.custodian.domain.access;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.location.LocationDecision;
import io.custodian.domain.location.LocationPolicy;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/** Authorises reads of tenant data: known staff, same data location, {@link AccessPolicy#mayRead}; always logged. */
public final class AuthoriseTenantReadService implements AuthoriseTenantReadUseCase {

    private final StaffDirectory staffDirectory;
    private final AccessLog accessLog;
    private final InstantSource clock;
    private final DataLocation deploymentLocation;

    public AuthoriseTenantReadService(StaffDirectory staffDirectory, AccessLog accessLog, InstantSource clock,
            DataLocation deploymentLocation) {
        this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
        this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
    }

    @Override
    public Decision authorise(AuthoriseTenantReadCommand command) {
        Instant at = clock.instant();
        Decision decision = decide(command, at);
        accessLog.record(AccessEvent.tenantRead(command.staff(), command.tenant().clientKey(), command.category(),
                command.purpose(), at, decision));
        return decision;
    }

    private Decision decide(AuthoriseTenantReadCommand command, Instant at) {
        Optional<StaffMember> staff = staffDirectory.findById(command.staff());
        if (staff.isEmpty()) {
            return Decision.refused(RefusalReason.UNKNOWN_STAFF, "no staff account " + command.staff());
        }
        return switch (LocationPolicy.check(deploymentLocation, command.tenantLocation())) {
            case LocationDecision.Refused refused -> Decision.refused(RefusalReason.LOCATION_MISMATCH,
                    refused.reason());
            case LocationDecision.Allowed allowed -> AccessPolicy.mayRead(staff.get(), command.tenant(),
                    command.category(), command.purpose().orElse(null), at);
        };
    }
}
