package io.custodian.domain.retention;

import java.util.Collection;

/**
 * Out-port: deletes items (metadata and content) that a retention rule, a removal or a purge ended.
 * Only the domain decides what goes; the adapter deletes exactly the items named, ignoring any already gone.
 */
public interface ExpiredItems {

    void delete(Collection<ItemRef> items);
}
