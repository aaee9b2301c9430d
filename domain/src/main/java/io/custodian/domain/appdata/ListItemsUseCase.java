package io.custodian.domain.appdata;

import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.StoredContent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** In-port: an app request reads back its items of one kind, page by page (e.g. its sync relations). */
public interface ListItemsUseCase {

    Outcome list(ListItemsQuery query);

    sealed interface Outcome {
    }

    /**
     * @param next the {@code after} of the next page; empty on the last page
     */
    record Listed(List<StoredContent> items, Optional<ItemId> next) implements Outcome {
        public Listed {
            items = List.copyOf(items);
            Objects.requireNonNull(next, "next");
        }
    }

    record Refused(AppDataRefusal refusal) implements Outcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
