/**
 * The app data API of the Connect app: what the add-on stores for the calling tenant (Operation Data, configuration
 * documents, usage statistics) under {@code /connect/v1}, behind the Connect app request authenticator. Entry point:
 * {@link io.custodian.web.connect.data.DataApiModule#mounts}.
 */
package io.custodian.web.connect.data;
