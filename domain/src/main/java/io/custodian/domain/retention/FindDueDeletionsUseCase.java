package io.custodian.domain.retention;

import java.util.List;

/** In-port: the query model "what is due for deletion at instant T", earliest first. */
public interface FindDueDeletionsUseCase {
    List<ScheduledDeletion> findDue(FindDueDeletionsQuery query);
}
