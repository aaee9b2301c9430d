package io.custodian.domain.retention;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The configurable durations of the retention rules, with hard bounds checked when the server starts.
 * The server reads its configuration, calls {@link #validate} and refuses to start on {@link Validation.Invalid},
 * printing every problem; constructing the record directly with values out of bounds throws an
 * {@link IllegalArgumentException} that names each setting and its bound.
 *
 * @param uninstallGrace              time from uninstall (mark) to purge; at most {@link #MAX_UNINSTALL_GRACE}
 *                                    because the privacy statement promises deletion at the latest 180 days after
 *                                    unsubscribe
 * @param operationMaxIdle            an operation item not written for this long is deleted
 * @param sessionRetention            a session item is deleted this long after it was written
 * @param supportRetentionAfterResolved a support ticket and its bundle are deleted this long after resolution
 */
public record RetentionSettings(
        Duration uninstallGrace,
        Duration operationMaxIdle,
        Duration sessionRetention,
        Duration supportRetentionAfterResolved) {

    public static final Duration DEFAULT_UNINSTALL_GRACE = Duration.ofDays(180);
    public static final Duration DEFAULT_OPERATION_MAX_IDLE = Duration.ofDays(30);
    public static final Duration DEFAULT_SESSION_RETENTION = Duration.ofDays(90);
    public static final Duration DEFAULT_SUPPORT_RETENTION_AFTER_RESOLVED = Duration.ofDays(30);

    /** The privacy statement: "deleted after 180 days at the latest". */
    public static final Duration MAX_UNINSTALL_GRACE = Duration.ofDays(180);
    /** Operation data is kept only while required; an idle limit above this is a configuration mistake. */
    public static final Duration MAX_OPERATION_MAX_IDLE = Duration.ofDays(180);
    /** Usage statistics are kept at most a year. */
    public static final Duration MAX_SESSION_RETENTION = Duration.ofDays(365);
    /** Support data is deleted at most 180 days after its ticket was resolved. */
    public static final Duration MAX_SUPPORT_RETENTION_AFTER_RESOLVED = Duration.ofDays(180);

    /** The outcome of checking candidate settings. */
    public sealed interface Validation {
        record Valid(RetentionSettings settings) implements Validation {
        }

        /** Every problem found, each naming the setting, its bound and the offending value. */
        record Invalid(List<String> problems) implements Validation {
            public Invalid {
                problems = List.copyOf(problems);
                if (problems.isEmpty()) {
                    throw new IllegalArgumentException("Invalid needs at least one problem");
                }
            }
        }
    }

    public RetentionSettings {
        List<String> problems = problems(uninstallGrace, operationMaxIdle, sessionRetention, supportRetentionAfterResolved);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid retention settings: " + String.join("; ", problems));
        }
    }

    public static RetentionSettings defaults() {
        return new RetentionSettings(DEFAULT_UNINSTALL_GRACE, DEFAULT_OPERATION_MAX_IDLE, DEFAULT_SESSION_RETENTION,
                DEFAULT_SUPPORT_RETENTION_AFTER_RESOLVED);
    }

    /** Checks candidate settings (a {@code null} value counts as missing) and returns them or every problem. */
    public static Validation validate(Duration uninstallGrace, Duration operationMaxIdle, Duration sessionRetention,
                                      Duration supportRetentionAfterResolved) {
        List<String> problems = problems(uninstallGrace, operationMaxIdle, sessionRetention, supportRetentionAfterResolved);
        return problems.isEmpty()
                ? new Validation.Valid(new RetentionSettings(uninstallGrace, operationMaxIdle, sessionRetention,
                supportRetentionAfterResolved))
                : new Validation.Invalid(problems);
    }

    public RetentionSettings withUninstallGrace(Duration value) {
        return new RetentionSettings(value, operationMaxIdle, sessionRetention, supportRetentionAfterResolved);
    }

    public RetentionSettings withOperationMaxIdle(Duration value) {
        return new RetentionSettings(uninstallGrace, value, sessionRetention, supportRetentionAfterResolved);
    }

    public RetentionSettings withSessionRetention(Duration value) {
        return new RetentionSettings(uninstallGrace, operationMaxIdle, value, supportRetentionAfterResolved);
    }

    public RetentionSettings withSupportRetentionAfterResolved(Duration value) {
        return new RetentionSettings(uninstallGrace, operationMaxIdle, sessionRetention, value);
    }

    private static List<String> problems(Duration uninstallGrace, Duration operationMaxIdle, Duration sessionRetention,
                                         Duration supportRetentionAfterResolved) {
        List<String> problems = new ArrayList<>();
        check(problems, "uninstallGrace", uninstallGrace, MAX_UNINSTALL_GRACE,
                " (the privacy statement promises deletion at the latest 180 days after unsubscribe)");
        check(problems, "operationMaxIdle", operationMaxIdle, MAX_OPERATION_MAX_IDLE, "");
        check(problems, "sessionRetention", sessionRetention, MAX_SESSION_RETENTION, "");
        check(problems, "supportRetentionAfterResolved", supportRetentionAfterResolved,
                MAX_SUPPORT_RETENTION_AFTER_RESOLVED, "");
        return problems;
    }

    private static void check(List<String> problems, String name, Duration value, Duration max, String why) {
        if (value == null) {
            problems.add("retention setting " + name + " is missing; it must be positive and at most " + format(max));
        } else if (value.isNegative() || value.isZero()) {
            problems.add("retention setting " + name + " must be positive (and at most " + format(max) + ") but was "
                    + format(value));
        } else if (value.compareTo(max) > 0) {
            problems.add("retention setting " + name + " must be at most " + format(max) + why + " but was "
                    + format(value));
        }
    }

    /** ISO-8601 in days when the duration is whole days ({@code P180D}), else as {@link Duration#toString()}. */
    static String format(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0
                ? "P" + duration.toDays() + "D"
                : duration.toString();
    }
}
