package io.custodian.domain.audit;

import io.custodian.domain.access.StaffId;

import java.util.Objects;
import java.util.regex.Pattern;

/** Who performed an audited action: a staff member, or a part of the system acting on its own. */
public sealed interface Actor {

    /** {@code "staff"} or {@code "system"}. */
    String kind();

    /** The staff id, or the system actor's name. */
    String id();

    static Actor staff(StaffId id) {
        return new Staff(id);
    }

    static Actor system(String name) {
        return new Automated(name);
    }

    record Staff(StaffId staffId) implements Actor {
        public Staff {
            Objects.requireNonNull(staffId, "staffId");
        }

        @Override
        public String kind() {
            return "staff";
        }

        @Override
        public String id() {
            return staffId.toString();
        }
    }

    /**
     * A part of the system acting on its own (kind {@code system}), e.g. {@code "retention-sweep"} or
     * {@code "connect-lifecycle"}.
     */
    record Automated(String name) implements Actor {

        private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

        public Automated {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "a system actor's name is lower-case letters, digits and '-', at most 64: " + name);
            }
        }

        @Override
        public String kind() {
            return "system";
        }

        @Override
        public String id() {
            return name;
        }
    }
}
