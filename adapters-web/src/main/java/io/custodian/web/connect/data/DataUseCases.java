package io.custodian.web.connect.data;

import java.util.Objects;

import io.custodian.domain.appdata.ConfigurationService;
import io.custodian.domain.appdata.DeleteConfigurationUseCase;
import io.custodian.domain.appdata.FindConfigurationUseCase;
import io.custodian.domain.appdata.ItemReadService;
import io.custodian.domain.appdata.ListItemsUseCase;
import io.custodian.domain.appdata.PutConfigurationUseCase;
import io.custodian.domain.appdata.RecordUsageUseCase;
import io.custodian.domain.appdata.UsageService;
import io.custodian.domain.retention.OperationDataService;
import io.custodian.domain.retention.RecordIssueVersionUseCase;
import io.custodian.domain.retention.RecordOperationItemUseCase;
import io.custodian.domain.retention.RemoveOperationItemUseCase;

/**
 * The domain in-ports the app data API calls. {@link #of} takes the four domain services that implement them.
 */
public record DataUseCases(
        RecordOperationItemUseCase recordItem,
        RecordIssueVersionUseCase recordVersion,
        RemoveOperationItemUseCase removeItem,
        ListItemsUseCase listItems,
        PutConfigurationUseCase putConfiguration,
        FindConfigurationUseCase findConfiguration,
        DeleteConfigurationUseCase deleteConfiguration,
        RecordUsageUseCase recordUsage) {

    public DataUseCases {
        Objects.requireNonNull(recordItem, "recordItem");
        Objects.requireNonNull(recordVersion, "recordVersion");
        Objects.requireNonNull(removeItem, "removeItem");
        Objects.requireNonNull(listItems, "listItems");
        Objects.requireNonNull(putConfiguration, "putConfiguration");
        Objects.requireNonNull(findConfiguration, "findConfiguration");
        Objects.requireNonNull(deleteConfiguration, "deleteConfiguration");
        Objects.requireNonNull(recordUsage, "recordUsage");
    }

    public static DataUseCases of(OperationDataService operations, ItemReadService reads,
                                  ConfigurationService configuration, UsageService usage) {
        return new DataUseCases(operations, operations, operations, reads, configuration, configuration,
                configuration, usage);
    }
}
