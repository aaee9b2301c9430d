package io.custodian.web.connect.support;

import java.time.Instant;
import java.util.Objects;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.appdata.AppDataRefusal;
import io.custodian.domain.support.AttachmentDecision;
import io.custodian.domain.support.ReportProblemCommand;
import io.custodian.domain.support.ReportProblemUseCase;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.ConnectPrincipal;
import io.custodian.web.connect.jwt.QshRule;
import io.custodian.web.http.ApiException;
import io.custodian.web.http.JsonBody;
import io.custodian.web.http.MethodNotAllowed;

/**
 * {@code POST /connect/v1/problem-reports}: the calling tenant's add-on reports a problem on behalf of a user
 * ({@link ProblemReportBody}). Answers 201 with the ticket id once the ticket is open and its support bundle stored;
 * the external help desk's answer does not change that. Nothing is stored on any error: 400 for an invalid body or
 * too many attachments ({@code too_many_attachments}), 413 for a body over the limit ({@code payload_too_large}) or an
 * attachment over the policy's size ({@code attachment_too_large}), 415 without a JSON content type, 401/403 from the
 * Connect authenticator (a DISABLED or uninstalled tenant is 403).
 */
final class ProblemReportHttpService implements HttpService {

    static final String PATH = "/problem-reports";

    private final AppRequestAuthenticator authenticator;
    private final ReportProblemUseCase reports;
    private final ProblemReportSettings settings;

    ProblemReportHttpService(AppRequestAuthenticator authenticator, ReportProblemUseCase reports,
                             ProblemReportSettings settings) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(PATH, authenticator.route(QshRule.REQUEST, this::report))
                .any(PATH, authenticator.route(QshRule.REQUEST, MethodNotAllowed.allowing(Method.POST)));
    }

    private void report(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        ProblemReportBody body = JsonBody.parse(JsonBody.bytes(req, settings.maxBodyBytes()), ProblemReportBody.class);
        ReportProblemUseCase.Reported reported = switch (reports.report(
                new ReportProblemCommand(tenant, body.report(), body.toAttachments()))) {
            case ReportProblemUseCase.Reported done -> done;
            case ReportProblemUseCase.Rejected(var rejection, var message) -> throw rejected(rejection, message);
            case ReportProblemUseCase.Refused(var refusal) -> throw refused(refusal);
        };
        res.status(Status.CREATED_201).send(new Reported(reported.ticket().value(), "OPEN", reported.openedAt()));
    }

    private static ApiException rejected(AttachmentDecision.Rejection rejection, String message) {
        return switch (rejection) {
            case TOO_MANY_ATTACHMENTS -> new ApiException(400, "too_many_attachments", capitalised(message));
            case ATTACHMENT_TOO_LARGE -> new ApiException(413, "attachment_too_large", capitalised(message));
        };
    }

    /** The authenticator refuses a tenant that is not served (403); the domain checks again in its transaction. */
    private static ApiException refused(AppDataRefusal refusal) {
        return switch (refusal) {
            case NOT_INSTALLED -> new ApiException(403, "tenant_not_installed", "The app is not installed for this site");
            case TENANT_NOT_ACTIVE -> new ApiException(403, "tenant_not_active",
                    "The app is disabled or uninstalled for this site; app requests are refused");
            case PINNED_ELSEWHERE -> new ApiException(403, "pinned_elsewhere",
                    "This site's data is held in another location; this deployment does not serve it");
        };
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** The 201 body: the ticket the report opened. */
    record Reported(String ticketId, String status, Instant openedAt) {
    }
}
