package io.custodian.domain.custody;

/**
 * In-port: one tenant's retention schedule: how many items of which kind are due for deletion on which day and
 * under which rule. Authorised and audited like {@link ViewTenantUseCase}.
 */
public interface ForecastTenantUseCase {

    CustodyOutcome<TenantForecast> forecast(ForecastTenantQuery query);
}
