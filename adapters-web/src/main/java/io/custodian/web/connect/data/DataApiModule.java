package io.custodian.web.connect.data;

import java.util.List;
import java.util.Objects;

import io.custodian.web.ServiceMount;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.ConnectModule;
import io.custodian.web.http.PathGuard;

/**
 * The app data API, wired in one call: Operation Data, configuration documents and usage statistics of the calling
 * tenant under {@code /connect/v1}, every route authenticated by the Connect {@link AppRequestAuthenticator}
 * (HS256 with the tenant's secret, qsh of the exact request; a DISABLED or uninstalled tenant gets 403). The
 * {@code server} module does:
 * <pre>{@code
 * ConnectUseCases connectUseCases = ConnectUseCases.of(tenantLifecycleService, tenantAccessService);
 * AppRequestAuthenticator authenticator = ConnectModule.appRequestAuthenticator(connect, connectUseCases, clock);
 * List<ServiceMount> dataApi = DataApiModule.mounts(DataApiSettings.defaults(), authenticator,
 *         DataUseCases.of(operationDataService, itemReadService, configurationService, usageService));
 * List<ServiceMount> mounts = ConnectModule.mounts(connect, connectUseCases, ConnectModule.httpInstallKeys(connect),
 *         clock, dataApi);
 * }</pre>
 * <b>Order matters</b>: the Connect module's {@code /connect/v1} service ends with a catch-all that answers 404 to any
 * path it does not know, so these mounts must be registered before it — which the five-argument
 * {@link ConnectModule#mounts(io.custodian.web.connect.ConnectSettings, io.custodian.web.connect.ConnectUseCases,
 * io.custodian.web.connect.jwt.InstallKeyProvider, java.time.InstantSource, List)} does. Appended after the
 * four-argument {@code ConnectModule.mounts(...)} they are never reached. Paths these services do not know fall
 * through to that catch-all (404 after authentication).
 * <p>A raw path under {@code /connect/v1} with a dot-segment or an encoded slash is a 400 before anything else
 * ({@link PathGuard}). Routes (relative to {@code /connect/v1}); ids in paths must be safe ids
 * ({@code [A-Za-z0-9._:-]}, not only dots; relation, local issue and field ids at most 64 characters, configuration
 * names at most 128), else 400:
 * <ul>
 *     <li>{@code PUT /license} — replaces the tenant's license information ({@link LicenseBody});</li>
 *     <li>{@code PUT /relations/{relationId}} (a JSON object), {@code GET /relations?limit=&after=} (pages in id
 *     order), {@code DELETE /relations/{relationId}} (with its twins, field traces and version copies);</li>
 *     <li>{@code PUT /relations/{relationId}/twins/{localIssueId}} ({@link TwinBody}), {@code DELETE} (with its field
 *     traces and version copies);</li>
 *     <li>{@code PUT /relations/{relationId}/twins/{localIssueId}/fields/{fieldId}} ({@link FieldTraceBody});</li>
 *     <li>{@code POST /relations/{relationId}/twins/{localIssueId}/versions} (a JSON object; only the latest and the
 *     previous copy are kept);</li>
 *     <li>{@code PUT}, {@code GET}, {@code DELETE /configuration/{name}} (a JSON object);</li>
 *     <li>{@code POST /usage} ({@link UsageBatchBody}).</li>
 * </ul>
 * A child written under a relation or twin that does not exist is 404 ({@code relation_not_found},
 * {@code twin_not_found}); bodies over the {@link DataApiSettings} limits are 413; nothing is stored on any error.
 */
public final class DataApiModule {

    /** Where the routes are mounted: the Connect app API's prefix. */
    public static final String PREFIX = ConnectModule.APP_API_PREFIX;

    private DataApiModule() {
    }

    /**
     * @param settings      body and page limits
     * @param authenticator the Connect app request authenticator, e.g. {@link ConnectModule#appRequestAuthenticator}
     * @param useCases      the domain in-ports
     * @return mounts under {@link #PREFIX}, to register before the Connect module's
     */
    public static List<ServiceMount> mounts(DataApiSettings settings, AppRequestAuthenticator authenticator,
                                            DataUseCases useCases) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(useCases, "useCases");
        return List.of(
                new ServiceMount(PREFIX, new PathGuard()),
                new ServiceMount(PREFIX, new OperationDataHttpService(authenticator, useCases, settings)),
                new ServiceMount(PREFIX, new ConfigurationHttpService(authenticator, useCases, settings)),
                new ServiceMount(PREFIX, new UsageHttpService(authenticator, useCases, settings)));
    }
}
