package io.custodian.web.connect;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.custodian.web.ServiceMount;
import io.custodian.web.connect.jwt.AppJwtVerifier;
import io.custodian.web.connect.jwt.HttpInstallKeyProvider;
import io.custodian.web.connect.jwt.InstallJwtVerifier;
import io.custodian.web.connect.jwt.InstallKeyProvider;

/**
 * The Atlassian Connect part of the web adapter, wired in one call. The {@code server} module does:
 * <pre>{@code
 * ConnectSettings connect = ConnectSettings.builder()
 *         .appKey(env("CUSTODIAN_APP_KEY")).name("Custodian").baseUrl("https://custodian.example.com")
 *         .enableLicensing(true).build();
 * List<ServiceMount> mounts = ConnectModule.mounts(connect,
 *         ConnectUseCases.of(tenantLifecycleService, tenantAccessService),
 *         ConnectModule.httpInstallKeys(connect), clock);
 * webServer.services(mounts);
 * }</pre>
 * Mounted:
 * <ul>
 *     <li>{@code GET /atlassian-connect.json}: the descriptor (public);</li>
 *     <li>{@code POST /lifecycle/installed}, {@code /uninstalled} (RS256 signed install), {@code /enabled},
 *     {@code /disabled} (HS256 with the tenant's secret);</li>
 *     <li>{@code /connect/v1/**}: the app API, every path authenticated by {@link AppRequestAuthenticator}; more app
 *     API services (the app data API, {@code io.custodian.web.connect.data.DataApiModule}) are passed to
 *     {@link #mounts(ConnectSettings, ConnectUseCases, InstallKeyProvider, InstantSource, List)}, which places them
 *     before the {@code /connect/v1} catch-all.</li>
 * </ul>
 */
public final class ConnectModule {

    /** Where the Connect app API lives; the app API modules (data, problem reports) mount under it too. */
    public static final String APP_API_PREFIX = "/connect/v1";

    private ConnectModule() {
    }

    /**
     * The services to register on the web server, with their path prefixes.
     *
     * @param settings    validated Connect settings
     * @param useCases    the domain in-ports
     * @param installKeys public keys of signed installs, e.g. {@link #httpInstallKeys}
     * @param clock       the time JWTs are checked against
     * @return mounts for {@code /atlassian-connect.json}, {@code /lifecycle} and {@code /connect/v1}
     */
    public static List<ServiceMount> mounts(ConnectSettings settings, ConnectUseCases useCases,
                                            InstallKeyProvider installKeys, InstantSource clock) {
        return mounts(settings, useCases, installKeys, clock, List.of());
    }

    /**
     * The services to register, with more app API services (e.g. {@code DataApiModule.mounts(...)}) placed before the
     * {@code /connect/v1} service: that service ends with a catch-all answering 404 to paths it does not know, so an
     * app API service registered after it is never reached.
     *
     * @param settings    validated Connect settings
     * @param useCases    the domain in-ports
     * @param installKeys public keys of signed installs, e.g. {@link #httpInstallKeys}
     * @param clock       the time JWTs are checked against
     * @param appApi      mounts under {@code /connect/v1} whose routes are authenticated, e.g. with
     *                    {@link #appRequestAuthenticator}
     * @return mounts for {@code /atlassian-connect.json}, {@code /lifecycle}, {@code appApi} in order, and
     *         {@code /connect/v1}
     */
    public static List<ServiceMount> mounts(ConnectSettings settings, ConnectUseCases useCases,
                                            InstallKeyProvider installKeys, InstantSource clock,
                                            List<ServiceMount> appApi) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(installKeys, "installKeys");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(appApi, "appApi");
        InstallJwtVerifier installVerifier =
                new InstallJwtVerifier(installKeys, settings.audiences(), settings.jwtLeeway(), clock);
        AppJwtVerifier appVerifier = new AppJwtVerifier(useCases.authentication(), settings.jwtLeeway(), clock);
        AppRequestAuthenticator authenticator = new AppRequestAuthenticator(appVerifier, useCases.licenses());
        List<ServiceMount> mounts = new ArrayList<>();
        mounts.add(new ServiceMount(DescriptorService.PATH, new DescriptorService(settings)));
        mounts.add(new ServiceMount(ConnectDescriptor.LIFECYCLE_PREFIX,
                new LifecycleService(settings, installVerifier, appVerifier, useCases)));
        mounts.addAll(appApi);
        mounts.add(new ServiceMount(APP_API_PREFIX, new ConnectApiService(authenticator, useCases.tenants())));
        return List.copyOf(mounts);
    }

    /**
     * The HTTP key provider for the settings' key server ({@code GET <installKeysBaseUrl>/<kid>}) and timeouts,
     * caching keys by key id.
     */
    public static InstallKeyProvider httpInstallKeys(ConnectSettings settings) {
        return new HttpInstallKeyProvider(settings.installKeysBaseUrl(), settings.keyFetchConnectTimeout(),
                settings.keyFetchRequestTimeout());
    }

    /**
     * An authenticator for app API routes served by other services (e.g. operation data under {@code /connect/v1}).
     *
     * @param settings validated Connect settings (its JWT leeway)
     * @param useCases the domain in-ports (authentication, licenses)
     * @param clock    the time JWTs are checked against
     */
    public static AppRequestAuthenticator appRequestAuthenticator(ConnectSettings settings, ConnectUseCases useCases,
                                                                  InstantSource clock) {
        return new AppRequestAuthenticator(new AppJwtVerifier(useCases.authentication(), settings.jwtLeeway(), clock),
                useCases.licenses());
    }
}
