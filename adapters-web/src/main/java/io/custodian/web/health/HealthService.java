package io.custodian.web.health;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.web.ReadinessCheck;
import io.custodian.web.ServiceInfo;
import io.custodian.web.http.MethodNotAllowed;
import io.custodian.web.http.SecurityHeaders;
import io.custodian.web.json.JsonMapping;

import static java.lang.System.Logger.Level.WARNING;

/**
 * {@code GET /health} (200 when ready, else 503, full {@link HealthReport}), {@code GET /health/ready} (same) and
 * {@code GET /health/live} (always 200 {@code {"status":"UP"}}). Register at the routing root: the rules carry the
 * full paths. Other methods on these paths get 405. Responses carry {@code Cache-Control: no-store}.
 */
public final class HealthService implements HttpService {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    private static final System.Logger LOGGER = System.getLogger(HealthService.class.getName());
    private static final byte[] LIVE_BODY = JsonMapping.toBytes(Map.of("status", UP));

    private final ServiceInfo info;
    private final List<NamedCheck> checks;

    /**
     * @param info   what to report about the service
     * @param checks readiness checks; names must be unique and not blank
     */
    public HealthService(ServiceInfo info, List<ReadinessCheck> checks) {
        this.info = Objects.requireNonNull(info, "info");
        this.checks = named(checks);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/health", this::readiness)
                .get("/health/ready", this::readiness)
                .get("/health/live", this::liveness)
                .any("/health", MethodNotAllowed.allowing(Method.GET))
                .any("/health/ready", MethodNotAllowed.allowing(Method.GET))
                .any("/health/live", MethodNotAllowed.allowing(Method.GET));
    }

    /**
     * Evaluate every check now.
     *
     * @return the report
     */
    public HealthReport report() {
        List<CheckStatus> statuses = checks.stream().map(HealthService::evaluate).toList();
        String readiness = statuses.stream().allMatch(s -> UP.equals(s.status())) ? UP : DOWN;
        return new HealthReport(readiness, info.name(), info.version(), info.dataLocation(), UP, readiness, statuses);
    }

    private void readiness(ServerRequest req, ServerResponse res) {
        HealthReport report = report();
        send(res, UP.equals(report.status()) ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503, JsonMapping.toBytes(report));
    }

    private void liveness(ServerRequest req, ServerResponse res) {
        send(res, Status.OK_200, LIVE_BODY);
    }

    private static void send(ServerResponse res, Status status, byte[] body) {
        res.status(status);
        res.header(SecurityHeaders.NO_STORE);
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.send(body);
    }

    private static CheckStatus evaluate(NamedCheck check) {
        boolean up;
        try {
            up = check.check().isUp();
        } catch (Exception e) {
            LOGGER.log(WARNING, "Readiness check '" + check.name() + "' failed; reporting it DOWN", e);
            up = false;
        }
        return new CheckStatus(check.name(), up ? UP : DOWN);
    }

    private static List<NamedCheck> named(List<ReadinessCheck> checks) {
        Set<String> seen = new HashSet<>();
        return checks.stream()
                .map(check -> {
                    Objects.requireNonNull(check, "readiness check");
                    String name = Objects.requireNonNull(check.name(), "readiness check name");
                    if (name.isBlank()) {
                        throw new IllegalArgumentException("readiness check name must not be blank: " + check);
                    }
                    if (!seen.add(name)) {
                        throw new IllegalArgumentException("duplicate readiness check name: " + name);
                    }
                    return new NamedCheck(name, check);
                })
                .toList();
    }

    private record NamedCheck(String name, ReadinessCheck check) {
    }
}
