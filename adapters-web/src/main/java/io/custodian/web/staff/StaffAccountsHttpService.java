package io.custodian.web.staff;

import java.util.Locale;
import java.util.Objects;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.AddStaffCommand;
import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.DisableStaffCommand;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.RefusalReason;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.SetContractCommand;
import io.custodian.domain.access.StaffChangeResult;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.access.Team;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.identity.AccountChange;
import io.custodian.domain.identity.AccountRefusal;
import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.SetPasswordCommand;
import io.custodian.web.http.ApiException;

/**
 * Staff accounts: the list for any signed-in staff member ({@code GET /staff}); adding an account, disabling one and
 * setting a subcontractor's contract for privacy officers only, as the domain rules say (403
 * {@code role_not_authorised} otherwise; nobody disables themselves or changes their own contract: 403
 * {@code self_management}). Every attempt is audited by the domain. A new account has no password: a privacy officer
 * sets one ({@code PUT /staff/{id}/password}; 12 to 256 characters, else 400 {@code weak_password}), which also ends the
 * account's sessions; the operator can set it on the command line.
 */
final class StaffAccountsHttpService extends StaffHttpService {

    private final StaffUseCases useCases;

    StaffAccountsHttpService(StaffAuthentication authentication, StaffUseCases useCases) {
        super(authentication);
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    void routes(Routes routes) {
        routes.staff(StaffEndpoint.LIST_STAFF, this::list)
                .staff(StaffEndpoint.ADD_STAFF, this::add)
                .staff(StaffEndpoint.DISABLE_STAFF, this::disable)
                .staff(StaffEndpoint.SET_CONTRACT, this::setContract)
                .staff(StaffEndpoint.SET_PASSWORD, this::setPassword);
    }

    private void list(StaffMember staff, ServerRequest req, ServerResponse res) {
        var page = useCases.listStaff().list(staff.id(), QueryParams.page(req));
        res.send(StaffJson.PageBody.of(StaffRefusals.shown(page, "not_found"), StaffJson.Staff::of));
    }

    private void add(StaffMember staff, ServerRequest req, ServerResponse res) {
        Bodies.NewStaff body = Bodies.read(req, Bodies.NewStaff.class);
        AddStaffCommand command;
        try {
            Affiliation affiliation = switch (body.affiliation()) {
                case "EMPLOYEE" -> Affiliation.EMPLOYEE;
                case "SUBCONTRACTOR" -> new Affiliation.Subcontractor(body.contractValidUntil());
                default -> throw new IllegalArgumentException("affiliation must be EMPLOYEE or SUBCONTRACTOR");
            };
            command = new AddStaffCommand(staff.id(), body.displayName(), new LoginName(body.login()), affiliation,
                    Team.valueOf(body.team()), Role.valueOf(body.role()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badRequest("Request body is invalid: " + (e.getMessage() == null
                    ? "a subcontractor needs contractValidUntil" : e.getMessage()));
        }
        StaffMember added = applied(useCases.manageStaff().add(command));
        res.status(Status.CREATED_201).send(StaffJson.Staff.of(added));
    }

    private void disable(StaffMember staff, ServerRequest req, ServerResponse res) {
        StaffId target = QueryParams.path(req, "id", StaffId::parse);
        res.send(StaffJson.Staff.of(applied(useCases.manageStaff().disable(new DisableStaffCommand(staff.id(), target)))));
    }

    private void setContract(StaffMember staff, ServerRequest req, ServerResponse res) {
        StaffId target = QueryParams.path(req, "id", StaffId::parse);
        Bodies.Contract body = Bodies.read(req, Bodies.Contract.class);
        res.send(StaffJson.Staff.of(applied(useCases.manageStaff().setContract(
                new SetContractCommand(staff.id(), target, body.contractValidUntil())))));
    }

    private void setPassword(StaffMember staff, ServerRequest req, ServerResponse res) {
        StaffId target = QueryParams.path(req, "id", StaffId::parse);
        Bodies.NewPassword body = Bodies.read(req, Bodies.NewPassword.class);
        AccountChange change = useCases.setPassword().setPassword(new SetPasswordCommand(Actor.staff(staff.id()),
                target, new Password(body.password())));
        switch (change) {
            case AccountChange.Applied applied -> res.send(StaffJson.Staff.of(applied.member()));
            case AccountChange.Rejected rejected -> throw rejected(rejected);
        }
    }

    /** An identity refusal: never echoes the password. */
    private static ApiException rejected(AccountChange.Rejected rejected) {
        int status = switch (rejected.reason()) {
            case NOT_AUTHORISED, SELF_MANAGEMENT -> 403;
            case UNKNOWN_STAFF -> 404;
            case WEAK_PASSWORD, INVALID_DETAILS -> 400;
            case LOGIN_TAKEN, NOT_A_SUBCONTRACTOR -> 409;
        };
        String code = rejected.reason() == AccountRefusal.UNKNOWN_STAFF ? "staff_not_found"
                : rejected.reason().name().toLowerCase(Locale.ROOT);
        return new ApiException(status, code, rejected.message());
    }

    /** The account as saved, or the refusal: an unknown target account is 404 (the actor is known: signed in). */
    private static StaffMember applied(StaffChangeResult result) {
        return switch (result) {
            case StaffChangeResult.Applied applied -> applied.member();
            case StaffChangeResult.Rejected rejected when rejected.refusal().reason() == RefusalReason.UNKNOWN_STAFF ->
                    throw new ApiException(404, "staff_not_found", rejected.refusal().message());
            case StaffChangeResult.Rejected rejected -> throw StaffRefusals.refused(rejected.refusal());
        };
    }
}
