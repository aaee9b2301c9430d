/**
 * Custodian's HTTP adapter (Helidon SE 4.5).
 * <p>
 * The {@code server} module builds a {@link io.custodian.web.CustodianWebServer} from typed settings and registers
 * one {@link io.helidon.webserver.http.HttpService} per resource under a path prefix
 * ({@code /lifecycle}, {@code /connect/v1}, {@code /staff/v1}, ...). Every service gets, without doing anything:
 * <ul>
 *     <li>JSON errors: throw {@link io.custodian.web.http.ApiException} for an expected refusal; anything else
 *     unexpected becomes 500 {@code internal_error} (logged, message never sent);</li>
 *     <li>{@link io.custodian.web.http.JsonBody#read} to read a request body into a record with 400/415 answers;</li>
 *     <li>{@code res.send(record)} writes JSON through Jackson media with {@link io.custodian.web.json.JsonMapping};</li>
 *     <li>security headers and a default {@code Cache-Control: no-cache, no-store};</li>
 *     <li>the request body limit (413 {@code payload_too_large}).</li>
 * </ul>
 * Unrouted methods on a known path answer 404 unless the service adds
 * {@link io.custodian.web.http.MethodNotAllowed#allowing} for that path.
 */
package io.custodian.web;
