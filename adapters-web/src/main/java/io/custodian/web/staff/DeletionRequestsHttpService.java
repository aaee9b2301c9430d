package io.custodian.web.staff;

import java.util.Objects;
import java.util.function.Function;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.custody.DeletionRequestStatus;
import io.custodian.domain.deletion.ApproveEarlyDeletionCommand;
import io.custodian.domain.deletion.CancelEarlyDeletionCommand;
import io.custodian.domain.deletion.CustomerReference;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.DeletionRequestId;
import io.custodian.domain.deletion.EarlyDeletionOutcome;
import io.custodian.domain.deletion.ExecuteEarlyDeletionCommand;
import io.custodian.domain.deletion.RequestEarlyDeletionCommand;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.web.http.ApiException;

/**
 * Early deletion on the customer's request, with the domain's rules: support or development staff request it (201
 * with the dry run: what would be deleted), a privacy officer other than the requester approves it (self-approval is
 * 403 {@code self_approval}), staff in service execute an approved request (the tenant is purged and its signed
 * receipt issued: {@code receiptId}), the requester or a privacy officer cancel it with a reason. Every step, refused
 * or not, is audited by the domain. A step out of order is 409 {@code wrong_state}.
 */
final class DeletionRequestsHttpService extends StaffHttpService {

    private final StaffUseCases useCases;

    DeletionRequestsHttpService(StaffAuthentication authentication, StaffUseCases useCases) {
        super(authentication);
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    void routes(Routes routes) {
        routes.staff(StaffEndpoint.REQUEST_DELETION, this::request)
                .staff(StaffEndpoint.LIST_DELETION_REQUESTS, this::list)
                .staff(StaffEndpoint.APPROVE_DELETION, (staff, req, res) -> step(req, res,
                        id -> useCases.approveDeletion().approve(new ApproveEarlyDeletionCommand(staff.id(), id))))
                .staff(StaffEndpoint.EXECUTE_DELETION, (staff, req, res) -> step(req, res,
                        id -> useCases.executeDeletion().execute(new ExecuteEarlyDeletionCommand(staff.id(), id))))
                .staff(StaffEndpoint.CANCEL_DELETION, this::cancel);
    }

    private void request(StaffMember staff, ServerRequest req, ServerResponse res) {
        Bodies.DeletionRequest body = Bodies.read(req, Bodies.DeletionRequest.class);
        RequestEarlyDeletionCommand command;
        try {
            command = new RequestEarlyDeletionCommand(staff.id(), new ClientKey(body.clientKey()),
                    new CustomerReference(body.customerReference()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Request body is invalid: " + e.getMessage());
        }
        DeletionRequest request = accepted(useCases.requestDeletion().request(command));
        res.status(Status.CREATED_201);
        res.send(StaffJson.DeletionRequestBody.of(request));
    }

    private void list(StaffMember staff, ServerRequest req, ServerResponse res) {
        var status = QueryParams.enumValue(req, "state", DeletionRequestStatus.class);
        var page = useCases.listDeletionRequests().list(staff.id(), status, QueryParams.page(req));
        res.send(StaffJson.PageBody.of(StaffRefusals.shown(page, "not_found"), StaffJson.DeletionRequestBody::of));
    }

    private void cancel(StaffMember staff, ServerRequest req, ServerResponse res) {
        DeletionRequestId id = QueryParams.path(req, "id", DeletionRequestId::parse);
        Bodies.Cancel body = Bodies.read(req, Bodies.Cancel.class);
        CancelEarlyDeletionCommand command;
        try {
            command = new CancelEarlyDeletionCommand(staff.id(), id, body.reason());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Request body is invalid: " + e.getMessage());
        }
        res.send(StaffJson.DeletionRequestBody.of(accepted(useCases.cancelDeletion().cancel(command))));
    }

    private static void step(ServerRequest req, ServerResponse res,
                             Function<DeletionRequestId, EarlyDeletionOutcome> step) {
        DeletionRequestId id = QueryParams.path(req, "id", DeletionRequestId::parse);
        res.send(StaffJson.DeletionRequestBody.of(accepted(step.apply(id))));
    }

    private static DeletionRequest accepted(EarlyDeletionOutcome outcome) {
        return switch (outcome) {
            case EarlyDeletionOutcome.Accepted accepted -> accepted.request();
            case EarlyDeletionOutcome.Executed executed -> executed.request();
            case EarlyDeletionOutcome.Refused refused -> throw StaffRefusals.refused(refused);
        };
    }
}
