/**
 * Atlassian Connect endpoints: the app descriptor, the lifecycle callbacks and the JWT-authenticated app API.
 * <p>
 * Entry point: {@link io.custodian.web.connect.ConnectModule#mounts}. Security rules (connect.md §3, §4, §6):
 * <ul>
 *     <li>{@code installed}/{@code uninstalled}: RS256 signed install only, key by {@code kid} from the install key
 *     server, {@code aud} = this app's base URL, {@code iss} = the body's {@code clientKey}, {@code qsh} of the
 *     request, {@code exp}/{@code iat} within the leeway. An unverified re-install never replaces a tenant's
 *     secret.</li>
 *     <li>{@code enabled}/{@code disabled} and the app API: HS256 with the tenant's shared secret (decrypted by the
 *     domain, never logged, never returned), {@code qsh} bound to the request (or the literal {@code context-qsh} on
 *     routes declared as context routes, and only there).</li>
 *     <li>Tenant states for app requests: ACTIVE served; DISABLED → 403 {@code tenant_disabled}; MARKED_FOR_DELETION
 *     (uninstalled) → 403 {@code tenant_uninstalled} — the token is authentic, so this is a refusal, not an
 *     authentication failure; unknown or PURGED → 401 (no secret to verify with, the purged record is gone).</li>
 *     <li>The canonical request of the qsh uses the raw path and raw query exactly as received
 *     ({@link io.custodian.web.connect.jwt.RequestTarget#of}).</li>
 *     <li>Every error is JSON {@code {"error","message"}}; the token and the secret never appear in logs or answers.</li>
 * </ul>
 */
package io.custodian.web.connect;
