package io.custodian.domain.tenant;

import java.util.Objects;

/**
 * The license state Atlassian reported in the {@code lic} parameter of a verified app request.
 *
 * @param active {@code lic} was {@code active}
 */
public record RecordLicenseCommand(ClientKey clientKey, boolean active) {

    public RecordLicenseCommand {
        Objects.requireNonNull(clientKey, "clientKey");
    }

    /** From the Connect value: {@code active} is licensed, anything else is not. */
    public static RecordLicenseCommand fromConnect(ClientKey clientKey, String lic) {
        return new RecordLicenseCommand(clientKey, LicenseState.isActive(lic));
    }
}
