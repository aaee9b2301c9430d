package io.custodian.domain.tenant;

import io.custodian.domain.location.DataLocation;
import io.custodian.domain.location.LocationDecision;
import io.custodian.domain.location.LocationPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant: its Connect installation with every Account Data field, the data location it is pinned to and its
 * lifecycle state. The shared secret is held only encrypted. Lifecycle methods are pure: they take the time and
 * return a {@link Transition}; the {@link TenantLifecycleService} stores the result.
 *
 * <p>Lifecycle: {@code installed} → ACTIVE · {@code disabled} → DISABLED · {@code enabled} → ACTIVE ·
 * {@code uninstalled} → MARKED_FOR_DELETION with a purge deadline · {@code installed} again before the deadline →
 * ACTIVE, mark cleared, nothing lost · deadline passed or early deletion → PURGED. A purged tenant's record is
 * deleted from the {@link TenantStore} (only the deletion receipt remains), so a later {@code installed} for its
 * client key is a fresh installation: new {@code installedAt}, nothing from before.
 *
 * @param installedAt when this installation was first installed (kept across re-installs before the deadline)
 * @param markedAt    when the tenant was uninstalled; present exactly while MARKED_FOR_DELETION (and kept on
 *                    the PURGED record for the receipt)
 * @param purgeDeadline markedAt plus the uninstall grace; present with markedAt
 */
public record InstallationRecord(
        ClientKey clientKey,
        AccountData account,
        EncryptedSecret sharedSecret,
        DataLocation location,
        Instant installedAt,
        TenantState state,
        Optional<Instant> markedAt,
        Optional<Instant> purgeDeadline) {

    /** The privacy statement: marked data is deleted after 180 days at the latest. */
    public static final Duration MAX_UNINSTALL_GRACE = Duration.ofDays(180);

    public InstallationRecord {
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sharedSecret, "sharedSecret");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(installedAt, "installedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(purgeDeadline, "purgeDeadline");
        if (markedAt.isPresent() != purgeDeadline.isPresent()) {
            throw new IllegalArgumentException("markedAt and purgeDeadline go together");
        }
        switch (state) {
            case ACTIVE, DISABLED -> {
                if (markedAt.isPresent()) {
                    throw new IllegalArgumentException(state + " tenant must not be marked for deletion");
                }
            }
            case MARKED_FOR_DELETION -> {
                if (markedAt.isEmpty()) {
                    throw new IllegalArgumentException("a tenant marked for deletion needs markedAt and purgeDeadline");
                }
            }
            case PURGED -> {
                // keeps the mark, if there was one, for the receipt
            }
        }
        if (markedAt.isPresent()) {
            Duration grace = Duration.between(markedAt.get(), purgeDeadline.get());
            if (grace.isNegative() || grace.isZero() || grace.compareTo(MAX_UNINSTALL_GRACE) > 0) {
                throw new IllegalArgumentException("purge deadline must be after the mark and at most "
                        + MAX_UNINSTALL_GRACE.toDays() + " days later");
            }
        }
    }

    /** A fresh installation, pinned to the installing deployment's location. */
    public static InstallationRecord freshInstall(ClientKey clientKey, AccountData account, EncryptedSecret sharedSecret,
                                                  DataLocation deploymentLocation, Instant now) {
        return new InstallationRecord(clientKey, account, sharedSecret, LocationPolicy.pinAtInstall(deploymentLocation),
                now, TenantState.ACTIVE, Optional.empty(), Optional.empty());
    }

    /**
     * Why an {@code installed} callback must be refused before anything is touched, if it must:
     * not verified, tenant pinned elsewhere, or its purge deadline passed but the purge has not run yet.
     */
    public static Optional<Transition.Refused> refuseInstall(Optional<InstallationRecord> current, boolean verified,
                                                             DataLocation deploymentLocation, Instant now) {
        if (!verified) {
            return Optional.of(new Transition.Refused(LifecycleRefusal.INSTALL_NOT_VERIFIED));
        }
        if (current.isEmpty() || current.get().state() == TenantState.PURGED) {
            return Optional.empty();
        }
        InstallationRecord record = current.get();
        Optional<Transition.Refused> elsewhere = record.refuseIfPinnedElsewhere(deploymentLocation);
        if (elsewhere.isPresent()) {
            return elsewhere;
        }
        if (record.isPurgeDue(now)) {
            return Optional.of(new Transition.Refused(LifecycleRefusal.PURGE_DUE));
        }
        return Optional.empty();
    }

    /**
     * The {@code installed} callback. Fresh installation when there is no record (or only a purged one); otherwise
     * the account data and secret are updated (a site rename arrives this way: same client key, new base URL), the
     * state is kept except that a tenant marked for deletion becomes ACTIVE with its mark cleared.
     */
    public static Transition install(Optional<InstallationRecord> current, ClientKey clientKey, AccountData account,
                                     EncryptedSecret sharedSecret, boolean verified, DataLocation deploymentLocation,
                                     Instant now) {
        Optional<Transition.Refused> refused = refuseInstall(current, verified, deploymentLocation, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (current.isEmpty() || current.get().state() == TenantState.PURGED) {
            return new Transition.Applied(current, freshInstall(clientKey, account, sharedSecret, deploymentLocation, now));
        }
        InstallationRecord record = current.get();
        if (!record.clientKey().equals(clientKey)) {
            throw new IllegalArgumentException("install for " + clientKey + " applied to the record of " + record.clientKey());
        }
        TenantState state = switch (record.state()) {
            case ACTIVE, MARKED_FOR_DELETION -> TenantState.ACTIVE;
            case DISABLED -> TenantState.DISABLED;
            case PURGED -> throw new IllegalStateException("handled above");
        };
        InstallationRecord after = new InstallationRecord(clientKey, account, sharedSecret, record.location(),
                record.installedAt(), state, Optional.empty(), Optional.empty());
        return after.equals(record)
                ? new Transition.Unchanged(record, "duplicate installed callback")
                : new Transition.Applied(current, after);
    }

    /** The {@code uninstalled} callback: marks the tenant; the purge deadline is now plus the grace period. */
    public Transition uninstall(Instant now, Duration grace) {
        Objects.requireNonNull(now, "now");
        if (grace == null || grace.isNegative() || grace.isZero() || grace.compareTo(MAX_UNINSTALL_GRACE) > 0) {
            throw new IllegalArgumentException("uninstall grace must be positive and at most "
                    + MAX_UNINSTALL_GRACE.toDays() + " days, was " + grace);
        }
        return switch (state) {
            case ACTIVE, DISABLED -> applied(new InstallationRecord(clientKey, account, sharedSecret, location,
                    installedAt, TenantState.MARKED_FOR_DELETION, Optional.of(now), Optional.of(now.plus(grace))));
            case MARKED_FOR_DELETION -> new Transition.Unchanged(this,
                    "already marked for deletion; the purge deadline is not moved");
            case PURGED -> new Transition.Unchanged(this, "already purged");
        };
    }

    /** The {@code disabled} callback: data kept, app requests refused. Ignored after {@code uninstalled}. */
    public Transition disable() {
        return switch (state) {
            case ACTIVE -> applied(withState(TenantState.DISABLED));
            case DISABLED -> new Transition.Unchanged(this, "already disabled");
            case MARKED_FOR_DELETION -> new Transition.Unchanged(this,
                    "disabled after uninstalled: the tenant stays marked for deletion");
            case PURGED -> new Transition.Unchanged(this, "already purged");
        };
    }

    /** The {@code enabled} callback. A tenant marked for deletion needs a re-install, not an enable. */
    public Transition enable() {
        return switch (state) {
            case DISABLED -> applied(withState(TenantState.ACTIVE));
            case ACTIVE -> new Transition.Unchanged(this, "already active");
            case MARKED_FOR_DELETION -> new Transition.Refused(LifecycleRefusal.REINSTALL_REQUIRED);
            case PURGED -> new Transition.Refused(LifecycleRefusal.NOT_INSTALLED);
        };
    }

    /** Purge (deadline passed, or early deletion): the record the receipt describes; the store then forgets it. */
    public Transition purge() {
        return switch (state) {
            case ACTIVE, DISABLED, MARKED_FOR_DELETION -> applied(new InstallationRecord(clientKey, account, sharedSecret,
                    location, installedAt, TenantState.PURGED, markedAt, purgeDeadline));
            case PURGED -> new Transition.Unchanged(this, "already purged");
        };
    }

    /** Marked for deletion and the deadline has come. */
    public boolean isPurgeDue(Instant now) {
        return state == TenantState.MARKED_FOR_DELETION && !purgeDeadline.orElseThrow().isAfter(now);
    }

    /** App requests (writes of operation data and the like) are served only for an ACTIVE tenant. */
    public boolean servesAppRequests() {
        return state == TenantState.ACTIVE;
    }

    /** Refused when this deployment is not where the tenant's data is pinned. */
    public Optional<Transition.Refused> refuseIfPinnedElsewhere(DataLocation deploymentLocation) {
        return switch (LocationPolicy.check(deploymentLocation, location)) {
            case LocationDecision.Allowed allowed -> Optional.empty();
            case LocationDecision.Refused(String reason) ->
                    Optional.of(new Transition.Refused(LifecycleRefusal.PINNED_ELSEWHERE, reason));
        };
    }

    private InstallationRecord withState(TenantState newState) {
        return new InstallationRecord(clientKey, account, sharedSecret, location, installedAt, newState, markedAt,
                purgeDeadline);
    }

    private Transition applied(InstallationRecord after) {
        return new Transition.Applied(Optional.of(this), after);
    }
}
