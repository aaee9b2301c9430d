package io.custodian.domain.retention;

/**
 * In-port: an app request stores the latest copy of a twinned issue. The copy gets the next version number of its
 * twin; only the latest and the previous copy are kept, so the write deletes any older one at once. Refused with
 * {@link OperationRefusal#PARENT_NOT_FOUND} when the twin does not exist.
 */
public interface RecordIssueVersionUseCase {

    /** @return {@link RecordOperationItemUseCase.Recorded} with the new copy and the copies it superseded */
    RecordOperationItemUseCase.Outcome recordVersion(RecordIssueVersionCommand command);
}
