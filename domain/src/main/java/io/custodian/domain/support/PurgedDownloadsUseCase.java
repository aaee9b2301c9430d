package io.custodian.domain.support;

import java.util.List;

/**
 * In-port: the downloads whose bundle has since been deleted on the server (its ticket's retention ran out, or the
 * tenant was purged) and whose wipe is not acknowledged yet, oldest first: a client wipes its copies of these
 * (it files them under {@link BundleDownload#id()}) and then acknowledges each with {@link AcknowledgeWipeUseCase}.
 */
public interface PurgedDownloadsUseCase {

    List<BundleDownload> purged(PurgedDownloadsQuery query);
}
