package io.custodian.domain.retention;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item id of an issue version copy: its twin's id, {@code @}, and the copy's sequence number within the twin,
 * zero-padded to {@value #DIGITS} digits (e.g. {@code rel-1/10042@0000000003}), so that the copies of a twin sort by
 * id in the order they were written, as {@link RetentionSchedule#NEWEST_FIRST} needs when write times are equal.
 *
 * @param twin     the id of the twin trace the copy belongs to
 * @param sequence 1 for the twin's first copy, one more for each later copy
 */
public record IssueVersionId(ItemId twin, long sequence) {

    public static final int DIGITS = 10;
    public static final long MAX_SEQUENCE = 9_999_999_999L;
    private static final Pattern SUFFIX = Pattern.compile("@([0-9]{" + DIGITS + "})$");

    public IssueVersionId {
        Objects.requireNonNull(twin, "twin");
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("issue version sequence must be between 1 and " + MAX_SEQUENCE
                    + ", was " + sequence);
        }
        if (twin.value().length() + 1 + DIGITS > ItemId.MAX_LENGTH) {
            throw new IllegalArgumentException("twin id too long to number its issue versions: at most "
                    + (ItemId.MAX_LENGTH - 1 - DIGITS) + " characters");
        }
    }

    /** The first copy of a twin. */
    public static IssueVersionId first(ItemId twin) {
        return new IssueVersionId(twin, 1);
    }

    /** The version id that {@code id} names within {@code twin}, if it is one. */
    public static Optional<IssueVersionId> parse(ItemId twin, ItemId id) {
        String value = id.value();
        if (!value.startsWith(twin.value())) {
            return Optional.empty();
        }
        Matcher suffix = SUFFIX.matcher(value);
        if (!suffix.find() || suffix.start() != twin.value().length()) {
            return Optional.empty();
        }
        long sequence = Long.parseLong(suffix.group(1));
        return sequence < 1 ? Optional.empty() : Optional.of(new IssueVersionId(twin, sequence));
    }

    public IssueVersionId next() {
        return new IssueVersionId(twin, sequence + 1);
    }

    public ItemId itemId() {
        return new ItemId(twin.value() + "@" + String.format("%0" + DIGITS + "d", sequence));
    }
}
