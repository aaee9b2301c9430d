package io.custodian.domain.tenant;

import io.custodian.domain.common.Transactions;
import io.custodian.domain.location.DataLocation;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Connect lifecycle over the out-ports: each callback runs in one transaction, reads the record, applies the
 * pure transition of {@link InstallationRecord} and stores the result. Duplicates change nothing; refusals are
 * returned, never thrown.
 */
public final class TenantLifecycleService
        implements HandleInstallUseCase, HandleUninstallUseCase, HandleEnableUseCase, HandleDisableUseCase {

    private final TenantStore tenants;
    private final SecretCipher cipher;
    private final InstantSource clock;
    private final Transactions transactions;
    private final DataLocation deploymentLocation;
    private final Duration uninstallGrace;

    /**
     * @param uninstallGrace from {@code RetentionSettings.uninstallGrace()}: positive and at most 180 days
     */
    public TenantLifecycleService(TenantStore tenants, SecretCipher cipher, InstantSource clock,
                                  Transactions transactions, DataLocation deploymentLocation, Duration uninstallGrace) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.deploymentLocation = Objects.requireNonNull(deploymentLocation, "deploymentLocation");
        if (uninstallGrace == null || uninstallGrace.isNegative() || uninstallGrace.isZero()
                || uninstallGrace.compareTo(InstallationRecord.MAX_UNINSTALL_GRACE) > 0) {
            throw new IllegalArgumentException("uninstallGrace must be positive and at most "
                    + InstallationRecord.MAX_UNINSTALL_GRACE.toDays() + " days, was " + uninstallGrace);
        }
        this.uninstallGrace = uninstallGrace;
    }

    @Override
    public Transition install(HandleInstallCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<InstallationRecord> current = tenants.find(command.clientKey());
            Optional<Transition.Refused> refused = InstallationRecord.refuseInstall(
                    current, command.signatureVerified(), deploymentLocation, now);
            if (refused.isPresent()) {
                return refused.get();
            }
            EncryptedSecret secret = current
                    .filter(record -> record.state() != TenantState.PURGED)
                    .filter(record -> cipher.decrypt(record.clientKey(), record.sharedSecret())
                            .filter(command.sharedSecret()::matches).isPresent())
                    .map(InstallationRecord::sharedSecret)
                    .orElseGet(() -> cipher.encrypt(command.clientKey(), command.sharedSecret()));
            return store(InstallationRecord.install(current, command.clientKey(), command.account(), secret,
                    command.signatureVerified(), deploymentLocation, now));
        });
    }

    @Override
    public Transition uninstall(HandleUninstallCommand command) {
        return onExisting(command.clientKey(), record -> record.uninstall(clock.instant(), uninstallGrace));
    }

    @Override
    public Transition enable(HandleEnableCommand command) {
        return onExisting(command.clientKey(), InstallationRecord::enable);
    }

    @Override
    public Transition disable(HandleDisableCommand command) {
        return onExisting(command.clientKey(), InstallationRecord::disable);
    }

    private Transition onExisting(ClientKey clientKey, Function<InstallationRecord, Transition> event) {
        return transactions.inTransaction(() -> {
            Optional<InstallationRecord> current = tenants.find(clientKey);
            if (current.isEmpty()) {
                return new Transition.Refused(LifecycleRefusal.NOT_INSTALLED);
            }
            Optional<Transition.Refused> elsewhere = current.get().refuseIfPinnedElsewhere(deploymentLocation);
            if (elsewhere.isPresent()) {
                return elsewhere.get();
            }
            return store(event.apply(current.get()));
        });
    }

    private Transition store(Transition transition) {
        if (transition instanceof Transition.Applied(Optional<InstallationRecord> before, InstallationRecord after)) {
            tenants.save(after);
        }
        return transition;
    }
}
