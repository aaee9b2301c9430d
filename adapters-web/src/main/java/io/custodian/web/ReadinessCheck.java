package io.custodian.web;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One dependency the service needs before it can take traffic (database, ...).
 * <p>
 * {@code GET /health} and {@code GET /health/ready} call {@link #isUp()} on every request, on the request thread,
 * so it should be quick and bounded (e.g. a pooled connection with a validation timeout). An exception thrown by
 * {@link #isUp()} is logged and counts as DOWN; it never turns into a 500.
 */
public interface ReadinessCheck {

    /** Stable, unique name shown in the health body, e.g. {@code database}. Read once, when the routing is built. */
    String name();

    /** {@code true} when the dependency is usable right now. */
    boolean isUp();

    /** A check from a name and a condition, handy for wiring and tests. */
    static ReadinessCheck of(String name, BooleanSupplier condition) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isUp() {
                return condition.getAsBoolean();
            }

            @Override
            public String toString() {
                return "ReadinessCheck[" + name + "]";
            }
        };
    }
}
