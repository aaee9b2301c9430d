package io.custodian.domain.custody;

import io.custodian.domain.tenant.InMemoryTenantStore;
import io.custodian.domain.tenant.InstallationRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Fake {@link TenantCatalog} over an {@link InMemoryTenantStore}. */
public final class InMemoryTenantCatalog implements TenantCatalog {

    private final InMemoryTenantStore tenants;

    public InMemoryTenantCatalog(InMemoryTenantStore tenants) {
        this.tenants = tenants;
    }

    @Override
    public Page<TenantSummary> page(TenantFilter filter, PageRequest page) {
        List<TenantSummary> matching = tenants.all().stream()
                .filter(record -> record.location().equals(filter.location()))
                .filter(record -> filter.state().map(state -> record.state() == state).orElse(true))
                .filter(record -> filter.text().map(text -> contains(record, text)).orElse(true))
                .sorted(Comparator.comparing(record -> record.clientKey().value()))
                .map(InMemoryTenantCatalog::summary)
                .toList();
        return Page.of(matching, page);
    }

    static TenantSummary summary(InstallationRecord record) {
        return new TenantSummary(record.clientKey(), record.account().baseUrl(), record.account().productType(),
                record.state(), record.location(), record.installedAt(), record.purgeDeadline());
    }

    private static boolean contains(InstallationRecord record, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return record.clientKey().value().toLowerCase(Locale.ROOT).contains(needle)
                || record.account().baseUrl().toString().toLowerCase(Locale.ROOT).contains(needle);
    }
}
