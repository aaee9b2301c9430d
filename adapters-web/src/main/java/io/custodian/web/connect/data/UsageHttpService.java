package io.custodian.web.connect.data;

import java.util.Objects;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.appdata.RecordUsageCommand;
import io.custodian.domain.appdata.RecordUsageUseCase;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.ConnectPrincipal;
import io.custodian.web.connect.jwt.QshRule;
import io.custodian.web.http.ApiException;
import io.custodian.web.http.MethodNotAllowed;

/**
 * Usage statistics (Session Data) of the calling tenant: {@code POST /connect/v1/usage} with a batch of events, stored
 * all or none; a batch the domain's {@code UsagePolicy} rejects (size, an event too far in the future or too old) is a
 * 400 naming the first offending event.
 */
final class UsageHttpService implements HttpService {

    private final AppRequestAuthenticator authenticator;
    private final DataUseCases useCases;
    private final DataApiSettings settings;

    UsageHttpService(AppRequestAuthenticator authenticator, DataUseCases useCases, DataApiSettings settings) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/usage", authenticator.route(QshRule.REQUEST, this::record))
                .any("/usage", authenticator.route(QshRule.REQUEST, MethodNotAllowed.allowing(Method.POST)));
    }

    private void record(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        UsageBatchBody batch = Documents.body(req, settings.maxDocumentBytes(), UsageBatchBody.class);
        RecordUsageUseCase.Recorded recorded = switch (useCases.recordUsage().record(
                new RecordUsageCommand(tenant, batch.toEvents()))) {
            case RecordUsageUseCase.Recorded done -> done;
            case RecordUsageUseCase.Rejected(String reason) -> throw ApiException.badRequest("Usage batch refused: "
                    + reason);
            case RecordUsageUseCase.Refused(var refusal) -> throw Refusals.of(refusal);
        };
        res.send(new Responses.UsageRecorded(recorded.items().size()));
    }
}
