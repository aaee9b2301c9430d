package io.custodian.web.health;

import java.util.List;

/**
 * Body of {@code GET /health} and {@code GET /health/ready}; the desktop client parses it, keep the shape:
 * <pre>{@code
 * {"status":"UP","name":"Custodian","version":"0.1.0-SNAPSHOT","dataLocation":"Roubaix, France",
 *  "liveness":"UP","readiness":"UP","checks":[{"name":"database","status":"UP"}]}
 * }</pre>
 *
 * @param status       same as {@code readiness}
 * @param name         service name
 * @param version      service version
 * @param dataLocation where data is held
 * @param liveness     always {@code UP} while the server answers
 * @param readiness    {@code UP} when every check is UP
 * @param checks       each check, in registration order
 */
public record HealthReport(String status,
                           String name,
                           String version,
                           String dataLocation,
                           String liveness,
                           String readiness,
                           List<CheckStatus> checks) {

    public HealthReport {
        checks = List.copyOf(checks);
    }
}
