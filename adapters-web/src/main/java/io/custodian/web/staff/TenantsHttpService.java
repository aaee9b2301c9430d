package io.custodian.web.staff;

import java.util.Objects;
import java.util.Optional;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;
import io.custodian.domain.custody.ForecastTenantQuery;
import io.custodian.domain.custody.ListTenantsQuery;
import io.custodian.domain.custody.ListTenantsUseCase;
import io.custodian.domain.custody.ViewTenantQuery;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.TenantState;
import io.custodian.web.http.ApiException;

/**
 * Tenants: the list ({@code GET /tenants?state=&q=&page=&size=}, audited), a tenant's detail and its deletion forecast
 * ({@code GET /tenants/{clientKey}}, {@code GET /tenants/{clientKey}/forecast?days=}), both reads of tenant data that
 * need a purpose ({@link Purposes}) and are authorised and audited by the domain in the read's transaction.
 */
final class TenantsHttpService extends StaffHttpService {

    private final StaffUseCases useCases;

    TenantsHttpService(StaffAuthentication authentication, StaffUseCases useCases) {
        super(authentication);
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    @Override
    void routes(Routes routes) {
        routes.staff(StaffEndpoint.LIST_TENANTS, this::list)
                .staff(StaffEndpoint.VIEW_TENANT, this::view)
                .staff(StaffEndpoint.FORECAST_TENANT, this::forecast);
    }

    private void list(StaffMember staff, ServerRequest req, ServerResponse res) {
        Optional<TenantState> state = QueryParams.enumValue(req, "state", TenantState.class);
        Optional<String> text = QueryParams.single(req, "q");
        ListTenantsQuery query;
        try {
            query = new ListTenantsQuery(staff.id(), state, text, QueryParams.page(req));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Query parameter 'q' is invalid: " + e.getMessage());
        }
        ListTenantsUseCase listTenants = useCases.listTenants();
        res.send(StaffJson.PageBody.of(StaffRefusals.shown(listTenants.list(query), "not_found"),
                StaffJson.TenantLine::of));
    }

    private void view(StaffMember staff, ServerRequest req, ServerResponse res) {
        ClientKey tenant = QueryParams.path(req, "clientKey", ClientKey::new);
        var detail = useCases.viewTenant().view(new ViewTenantQuery(staff.id(), tenant, Purposes.of(req)));
        res.send(StaffJson.Tenant.of(StaffRefusals.shown(detail, "tenant_not_found")));
    }

    private void forecast(StaffMember staff, ServerRequest req, ServerResponse res) {
        ClientKey tenant = QueryParams.path(req, "clientKey", ClientKey::new);
        int days = QueryParams.integer(req, "days", 1, ForecastTenantQuery.MAX_DAYS)
                .orElse(ForecastTenantQuery.DEFAULT_DAYS);
        var forecast = useCases.forecastTenant().forecast(new ForecastTenantQuery(staff.id(), tenant,
                Purposes.of(req), days));
        res.send(StaffJson.Forecast.of(StaffRefusals.shown(forecast, "tenant_not_found")));
    }
}
