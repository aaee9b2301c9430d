package io.custodian.web.staff;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.custodian.web.ServiceMount;
import io.custodian.web.http.PathGuard;

/**
 * The staff API under {@value #PREFIX}, for the desktop client, wired in one call:
 * <pre>{@code
 * List<ServiceMount> staffApi = StaffApiModule.mounts(staffUseCases, clock);
 * }</pre>
 * Every route ({@link StaffEndpoint}) but login, the OpenAPI document ({@code GET /openapi.yaml}) and the receipt public
 * key needs {@code Authorization: Bearer <token>} of a session whose staff member is still in service: 401 otherwise,
 * on every route alike. Reads of tenant data (tenant detail and forecast, a ticket, a bundle) need a purpose ({@link Purposes}) and are
 * authorised and audited by the domain in the read's transaction; refusals are 403 with the reason as error code.
 * Lists take {@code page} (from 0) and {@code size} (1 to 200, default 50) and report {@code total} and
 * {@code hasNext}. Every error is {@code {"error": code, "message": text}}. No answer holds a shared secret, a password
 * hash or a token hash. Described by {@code GET /staff/v1/openapi.yaml}.
 */
public final class StaffApiModule {

    public static final String PREFIX = "/staff/v1";

    private StaffApiModule() {
    }

    /**
     * @param useCases the domain in-ports and identity adapters
     * @param clock    the time a bearer token is checked at
     * @return the mounts under {@link #PREFIX}, in order: the path guard, then the services
     * @throws IllegalStateException if an endpoint is bound by no service or by two
     */
    public static List<ServiceMount> mounts(StaffUseCases useCases, InstantSource clock) {
        List<ServiceMount> mounts = new ArrayList<>();
        mounts.add(new ServiceMount(PREFIX, new PathGuard()));
        services(useCases, clock).forEach(service -> mounts.add(new ServiceMount(PREFIX, service)));
        return List.copyOf(mounts);
    }

    /** Every endpoint, in registration order: what {@link #mounts} routes. */
    public static List<StaffEndpoint> endpoints() {
        return List.of(StaffEndpoint.values());
    }

    static List<StaffHttpService> services(StaffUseCases useCases, InstantSource clock) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(clock, "clock");
        StaffAuthentication authentication = new StaffAuthentication(useCases.authenticate(), clock);
        List<StaffHttpService> services = List.of(
                new OpenApiHttpService(authentication),
                new SessionsHttpService(authentication, useCases.login(), useCases.logout(), clock),
                new TenantsHttpService(authentication, useCases),
                new TicketsHttpService(authentication, useCases),
                new DownloadsHttpService(authentication, useCases),
                new DeletionRequestsHttpService(authentication, useCases),
                new ReceiptsHttpService(authentication, useCases.receipts()),
                new AuditHttpService(authentication, useCases),
                new RetentionHttpService(authentication, useCases.overdueDeletions()),
                new StaffAccountsHttpService(authentication, useCases));
        checkEveryEndpointBoundOnce(services);
        return services;
    }

    private static void checkEveryEndpointBoundOnce(List<StaffHttpService> services) {
        EnumSet<StaffEndpoint> bound = EnumSet.noneOf(StaffEndpoint.class);
        Set<String> paths = new HashSet<>();
        for (StaffHttpService service : services) {
            Set<String> servicePaths = new HashSet<>();
            for (StaffEndpoint endpoint : service.endpoints()) {
                if (!bound.add(endpoint)) {
                    throw new IllegalStateException("endpoint bound by two services: " + endpoint.key());
                }
                servicePaths.add(endpoint.path());
            }
            for (String path : servicePaths) {
                if (!paths.add(path)) {
                    throw new IllegalStateException("path " + path + " is served by two services");
                }
            }
        }
        Set<StaffEndpoint> unbound = EnumSet.complementOf(bound);
        if (!unbound.isEmpty()) {
            throw new IllegalStateException("endpoints bound by no service: " + unbound);
        }
    }
}
