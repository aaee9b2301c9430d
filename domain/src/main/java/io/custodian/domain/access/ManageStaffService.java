package io.custodian.domain.access;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link ManageStaffUseCase} over the staff directory; every attempt is recorded in the access log. */
public final class ManageStaffService implements ManageStaffUseCase {

    private final StaffDirectory directory;
    private final AccessLog accessLog;
    private final InstantSource clock;
    private final Supplier<StaffId> newStaffIds;

    /**
     * @param newStaffIds source of ids for new accounts (e.g. random UUIDs in production, a sequence in tests)
     */
    public ManageStaffService(StaffDirectory directory, AccessLog accessLog, InstantSource clock,
            Supplier<StaffId> newStaffIds) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newStaffIds = Objects.requireNonNull(newStaffIds, "newStaffIds");
    }

    @Override
    public StaffChangeResult add(AddStaffCommand command) {
        Instant at = clock.instant();
        Optional<Decision.Refused> actorRefused = authorisedActor(command.actor(), at);
        StaffChangeResult result = actorRefused.map(ManageStaffService::rejected).orElseGet(() -> {
            if (directory.findByLogin(command.loginName()).isPresent()) {
                return rejected(RefusalReason.LOGIN_TAKEN,
                        "login name " + command.loginName() + " is already in use");
            }
            StaffMember member = new StaffMember(newStaffIds.get(), command.displayName(), command.loginName(),
                    command.affiliation(), command.team(), command.role(), true);
            directory.save(member);
            return new StaffChangeResult.Applied(member);
        });
        Optional<StaffId> subject = switch (result) {
            case StaffChangeResult.Applied applied -> Optional.of(applied.member().id());
            case StaffChangeResult.Rejected rejected -> Optional.empty();
        };
        accessLog.record(AccessEvent.staffChange(command.actor(), AccessAction.ADD_STAFF, subject, at,
                decisionOf(result)));
        return result;
    }

    @Override
    public StaffChangeResult disable(DisableStaffCommand command) {
        return changeOther(command.actor(), command.staff(), AccessAction.DISABLE_STAFF,
                member -> new StaffChangeResult.Applied(member.disabled()));
    }

    @Override
    public StaffChangeResult setContract(SetContractCommand command) {
        return changeOther(command.actor(), command.staff(), AccessAction.SET_CONTRACT,
                member -> switch (member.affiliation()) {
                    case Affiliation.Subcontractor subcontractor -> new StaffChangeResult.Applied(
                            member.withAffiliation(new Affiliation.Subcontractor(command.contractValidUntil())));
                    case Affiliation.Employee employee -> rejected(RefusalReason.NOT_A_SUBCONTRACTOR,
                            "staff member " + member.id() + " is an employee, not a subcontractor");
                });
    }

    /** Checks actor and target, applies {@code change} to the target, saves an applied change, logs. */
    private StaffChangeResult changeOther(StaffId actorId, StaffId targetId, AccessAction action,
            Function<StaffMember, StaffChangeResult> change) {
        Instant at = clock.instant();
        Optional<Decision.Refused> actorRefused = authorisedActor(actorId, at);
        StaffChangeResult result = actorRefused.map(ManageStaffService::rejected).orElseGet(() -> {
            if (actorId.equals(targetId)) {
                return rejected(RefusalReason.SELF_MANAGEMENT,
                        "staff members may not disable themselves or change their own contract");
            }
            Optional<StaffMember> target = directory.findById(targetId);
            if (target.isEmpty()) {
                return rejected(RefusalReason.UNKNOWN_STAFF, "no staff account " + targetId);
            }
            StaffChangeResult changed = change.apply(target.get());
            if (changed instanceof StaffChangeResult.Applied applied) {
                directory.save(applied.member());
            }
            return changed;
        });
        accessLog.record(AccessEvent.staffChange(actorId, action, Optional.of(targetId), at, decisionOf(result)));
        return result;
    }

    /** Empty when the actor may manage staff at {@code at}, else the refusal. */
    private Optional<Decision.Refused> authorisedActor(StaffId actorId, Instant at) {
        Optional<StaffMember> actor = directory.findById(actorId);
        if (actor.isEmpty()) {
            return Optional.of(new Decision.Refused(RefusalReason.UNKNOWN_STAFF, "no staff account " + actorId));
        }
        return switch (AccessPolicy.mayManageStaff(actor.get(), at)) {
            case Decision.Allowed allowed -> Optional.empty();
            case Decision.Refused refused -> Optional.of(refused);
        };
    }

    private static StaffChangeResult rejected(Decision.Refused refusal) {
        return new StaffChangeResult.Rejected(refusal);
    }

    private static StaffChangeResult rejected(RefusalReason reason, String message) {
        return new StaffChangeResult.Rejected(new Decision.Refused(reason, message));
    }

    private static Decision decisionOf(StaffChangeResult result) {
        return switch (result) {
            case StaffChangeResult.Applied applied -> Decision.ALLOWED;
            case StaffChangeResult.Rejected rejected -> rejected.refusal();
        };
    }
}
