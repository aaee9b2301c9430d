package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;

import java.util.Objects;

/**
 * An app request stores a new copy of a twinned issue as last synced; the service numbers it after the twin's
 * existing copies (see {@link IssueVersionId}).
 *
 * @param twin the id of the twin trace the copy belongs to
 */
public record RecordIssueVersionCommand(ClientKey tenant, ItemId twin, ItemContent content) {

    public RecordIssueVersionCommand {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(twin, "twin");
        Objects.requireNonNull(content, "content");
        IssueVersionId.first(twin); // the twin id must leave room for the version number
    }
}
