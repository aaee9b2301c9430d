package io.custodian.domain.retention;

/** Forecast the deletions of the next {@code days} days (1 to {@link #MAX_DAYS}). */
public record ForecastDeletionsCommand(int days) {

    public static final int MAX_DAYS = 366;

    public ForecastDeletionsCommand {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("forecast days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
    }
}
