package io.custodian.domain.support;

import io.custodian.domain.access.StaffId;

import java.util.Objects;

/** A staff member's client reports that it wiped its copy of a downloaded bundle. */
public record AcknowledgeWipeCommand(DownloadId download, StaffId staff) {

    public AcknowledgeWipeCommand {
        Objects.requireNonNull(download, "download");
        Objects.requireNonNull(staff, "staff");
    }
}
