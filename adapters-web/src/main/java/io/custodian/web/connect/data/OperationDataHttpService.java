package io.custodian.web.connect.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.appdata.FieldTraceKey;
import io.custodian.domain.appdata.ListItemsQuery;
import io.custodian.domain.appdata.ListItemsUseCase;
import io.custodian.domain.appdata.RelationId;
import io.custodian.domain.appdata.TwinKey;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.Deletion;
import io.custodian.domain.retention.IssueVersionId;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.OperationRefusal;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.retention.RecordOperationItemUseCase;
import io.custodian.domain.retention.RemoveOperationItemUseCase;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.ConnectPrincipal;
import io.custodian.web.connect.jwt.QshRule;
import io.custodian.web.http.ApiException;
import io.custodian.web.http.MethodNotAllowed;

/**
 * Operation Data of the calling tenant, under {@code /connect/v1}: license information, sync relations, twin traces,
 * field traces and issue version copies. Every route is a {@link QshRule#REQUEST} route of the
 * {@link AppRequestAuthenticator}; the tenant is always the authenticated caller. Writing a child whose parent does
 * not exist is a 404 naming the missing parent ({@code relation_not_found}, {@code twin_not_found}): the parent is a
 * resource in the path, so the path names nothing that exists.
 */
final class OperationDataHttpService implements HttpService {

    private final AppRequestAuthenticator authenticator;
    private final DataUseCases useCases;
    private final DataApiSettings settings;

    OperationDataHttpService(AppRequestAuthenticator authenticator, DataUseCases useCases, DataApiSettings settings) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void routing(HttpRules rules) {
        String relation = "/relations/{relationId}";
        String twin = relation + "/twins/{localIssueId}";
        rules.put("/license", guarded(this::putLicense))
                .any("/license", guarded(MethodNotAllowed.allowing(Method.PUT)))
                .get("/relations", guarded(this::listRelations))
                .any("/relations", guarded(MethodNotAllowed.allowing(Method.GET)))
                .put(relation, guarded(this::putRelation))
                .delete(relation, guarded(this::deleteRelation))
                .any(relation, guarded(MethodNotAllowed.allowing(Method.PUT, Method.DELETE)))
                .put(twin, guarded(this::putTwin))
                .delete(twin, guarded(this::deleteTwin))
                .any(twin, guarded(MethodNotAllowed.allowing(Method.PUT, Method.DELETE)))
                .put(twin + "/fields/{fieldId}", guarded(this::putFieldTrace))
                .any(twin + "/fields/{fieldId}", guarded(MethodNotAllowed.allowing(Method.PUT)))
                .post(twin + "/versions", guarded(this::postVersion))
                .any(twin + "/versions", guarded(MethodNotAllowed.allowing(Method.POST)));
    }

    private Handler guarded(Handler handler) {
        return authenticator.route(QshRule.REQUEST, handler);
    }

    private void putLicense(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        ItemContent license = Documents.content(Documents.body(req, settings.maxDocumentBytes(), LicenseBody.class));
        StoredItem item = recorded(useCases.recordItem().record(
                RecordOperationItemCommand.licenseInformation(tenant, license)), null);
        res.send(new Responses.License(Documents.tree(license), item.lastWrittenAt()));
    }

    private void putRelation(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        RelationId relation = PathIds.relation(req);
        ItemContent document = Documents.object(req, settings.maxDocumentBytes());
        StoredItem item = recorded(useCases.recordItem().record(relation.record(tenant, document)), null);
        res.send(new Responses.Relation(relation.value(), item.lastWrittenAt(), Documents.tree(document)));
    }

    private void listRelations(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        int limit = PathIds.query(req, "limit").map(this::limit).orElse(settings.defaultPageSize());
        Optional<ItemId> after = PathIds.query(req, "after").map(value -> {
            try {
                return new RelationId(value).itemId();
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Query parameter 'after' is invalid: " + e.getMessage());
            }
        });
        ListItemsUseCase.Listed page = switch (useCases.listItems().list(
                new ListItemsQuery(tenant, ItemKind.SYNC_RELATION, after, limit))) {
            case ListItemsUseCase.Listed listed -> listed;
            case ListItemsUseCase.Refused(var refusal) -> throw Refusals.of(refusal);
        };
        List<Responses.Relation> relations = page.items().stream()
                .map(stored -> new Responses.Relation(stored.id().value(), stored.item().lastWrittenAt(),
                        Documents.tree(stored.content())))
                .toList();
        res.send(new Responses.RelationsPage(relations, page.next().map(ItemId::value).orElse(null)));
    }

    private void deleteRelation(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        RelationId relation = PathIds.relation(req);
        res.send(deleted(useCases.removeItem().remove(relation.remove(tenant)), Refusals.relationNotFound()));
    }

    private void putTwin(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        TwinKey twin = PathIds.twin(req);
        ItemContent trace = Documents.content(Documents.body(req, settings.maxDocumentBytes(), TwinBody.class));
        StoredItem item = recorded(useCases.recordItem().record(twin.record(tenant, trace)),
                Refusals.relationNotFound());
        res.send(new Responses.Twin(twin.relation().value(), twin.localIssue().value(), Documents.tree(trace),
                item.lastWrittenAt()));
    }

    private void deleteTwin(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        TwinKey twin = PathIds.twin(req);
        res.send(deleted(useCases.removeItem().remove(twin.remove(tenant)), Refusals.twinNotFound()));
    }

    private void putFieldTrace(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        FieldTraceKey field = new FieldTraceKey(PathIds.twin(req), PathIds.field(req));
        ItemContent trace = Documents.content(Documents.body(req, settings.maxDocumentBytes(), FieldTraceBody.class));
        StoredItem item = recorded(useCases.recordItem().record(field.record(tenant, trace)), Refusals.twinNotFound());
        res.send(new Responses.FieldTrace(field.twin().relation().value(), field.twin().localIssue().value(),
                field.field().value(), Documents.tree(trace), item.lastWrittenAt()));
    }

    private void postVersion(ServerRequest req, ServerResponse res) {
        ClientKey tenant = ConnectPrincipal.of(req).clientKey();
        TwinKey twin = PathIds.twin(req);
        ItemContent copy = Documents.object(req, settings.maxDocumentBytes());
        RecordOperationItemUseCase.Recorded recorded = switch (useCases.recordVersion().recordVersion(
                twin.recordVersion(tenant, copy))) {
            case RecordOperationItemUseCase.Recorded done -> done;
            case RecordOperationItemUseCase.Refused(OperationRefusal refusal) ->
                    throw Refusals.of(refusal, Refusals.twinNotFound());
        };
        long version = IssueVersionId.parse(twin.itemId(), recorded.item().id())
                .orElseThrow(() -> new IllegalStateException("the domain numbered a version copy unexpectedly"))
                .sequence();
        res.status(Status.CREATED_201).send(new Responses.Version(twin.relation().value(), twin.localIssue().value(),
                version, recorded.item().lastWrittenAt(), recorded.superseded().size()));
    }

    private int limit(String value) {
        int max = settings.maxPageSize();
        String problem = "Query parameter 'limit' must be an integer between 1 and " + max;
        if (!value.matches("[0-9]{1,4}")) {
            throw ApiException.badRequest(problem);
        }
        int limit = Integer.parseInt(value);
        if (limit < 1 || limit > max) {
            throw ApiException.badRequest(problem);
        }
        return limit;
    }

    /** @param missingParent the answer when the parent does not exist; {@code null} for an item without parent */
    private static StoredItem recorded(RecordOperationItemUseCase.Outcome outcome, ApiException missingParent) {
        return switch (outcome) {
            case RecordOperationItemUseCase.Recorded recorded -> recorded.item();
            case RecordOperationItemUseCase.Refused(OperationRefusal refusal) -> throw Refusals.of(refusal, missingParent);
        };
    }

    private static Responses.Deleted deleted(RemoveOperationItemUseCase.Outcome outcome, ApiException missing) {
        Deletion deletion = switch (outcome) {
            case RemoveOperationItemUseCase.Removed removed -> removed.deletion();
            case RemoveOperationItemUseCase.Refused(OperationRefusal refusal) -> throw Refusals.of(refusal, missing);
        };
        Map<String, Long> counts = new LinkedHashMap<>();
        deletion.countsByKind().forEach((kind, count) -> counts.put(kind.name(), count));
        return new Responses.Deleted(counts);
    }
}
