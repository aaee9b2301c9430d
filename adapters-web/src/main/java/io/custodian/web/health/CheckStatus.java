package io.custodian.web.health;

/**
 * One readiness check in the health body: {@code {"name":"database","status":"UP"}}.
 *
 * @param name   check name
 * @param status {@code UP} or {@code DOWN}
 */
public record CheckStatus(String name, String status) {
}
