package io.custodian.web.connect.data;

import java.util.Objects;

import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.appdata.ConfigurationName;
import io.custodian.domain.appdata.DeleteConfigurationCommand;
import io.custodian.domain.appdata.DeleteConfigurationUseCase;
import io.custodian.domain.appdata.FindConfigurationQuery;
import io.custodian.domain.appdata.FindConfigurationUseCase;
import io.custodian.domain.appdata.PutConfigurationCommand;
import io.custodian.domain.appdata.PutConfigurationUseCase;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.ConnectPrincipal;
import io.custodian.web.connect.jwt.QshRule;
import io.custodian.web.http.MethodNotAllowed;

/**
 * Configuration documents (Customer Uploaded Data) of the calling tenant, under {@code /connect/v1}:
 * {@code PUT /configuration/{name}} stores a JSON object of at most {@link DataApiSettings#maxConfigurationBytes()}
 * (201 when new, 200 when replaced), {@code GET} answers it as stored, {@code DELETE} removes it (204).
 */
final class ConfigurationHttpService implements HttpService {

    private static final String PATH = "/configuration/{name}";

    private final AppRequestAuthenticator authenticator;
    private final DataUseCases useCases;
    private final DataApiSettings settings;

    ConfigurationHttpService(AppRequestAuthenticator authenticator, DataUseCases useCases, DataApiSettings settings) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.put(PATH, guarded(this::put))
                .get(PATH, guarded(this::get))
                .delete(PATH, guarded(this::delete))
                .any(PATH, guarded(MethodNotAllowed.allowing(Method.GET, Method.PUT, Method.DELETE)));
    }

    private Handler guarded(Handler handler) {
        return authenticator.route(QshRule.REQUEST, handler);
    }

    private void put(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        ConfigurationName name = PathIds.configuration(req);
        ItemContent document = Documents.object(req, settings.maxConfigurationBytes());
        PutConfigurationUseCase.Stored stored = switch (useCases.putConfiguration().put(
                new PutConfigurationCommand(tenant, name, document))) {
            case PutConfigurationUseCase.Stored done -> done;
            case PutConfigurationUseCase.Refused(var refusal) -> throw Refusals.of(refusal);
        };
        res.status(stored.created() ? Status.CREATED_201 : Status.OK_200)
                .send(new Responses.ConfigurationStored(name.value(), stored.item().lastWrittenAt()));
    }

    private void get(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        ConfigurationName name = PathIds.configuration(req);
        ItemContent document = switch (useCases.findConfiguration().find(new FindConfigurationQuery(tenant, name))) {
            case FindConfigurationUseCase.Found(var found) -> found.content();
            case FindConfigurationUseCase.NotFound() -> throw Refusals.configurationNotFound();
            case FindConfigurationUseCase.Refused(var refusal) -> throw Refusals.of(refusal);
        };
        res.header(HeaderValues.CONTENT_TYPE_JSON).send(document.bytes());
    }

    private void delete(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        ConfigurationName name = PathIds.configuration(req);
        switch (useCases.deleteConfiguration().delete(new DeleteConfigurationCommand(tenant, name))) {
            case DeleteConfigurationUseCase.Deleted deleted -> res.status(Status.NO_CONTENT_204).send();
            case DeleteConfigurationUseCase.NotFound() -> throw Refusals.configurationNotFound();
            case DeleteConfigurationUseCase.Refused(var refusal) -> throw Refusals.of(refusal);
        }
    }
}
