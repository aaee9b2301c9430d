package io.custodian.domain.retention;

/** In-port: the retention schedule for the staff client: what will be deleted when, per tenant and category. */
public interface ForecastDeletionsUseCase {
    DeletionForecast forecast(ForecastDeletionsCommand command);
}
