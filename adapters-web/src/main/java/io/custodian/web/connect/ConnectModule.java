package io.custodian.web.connect;

import java.time.InstantSource;
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
 * mounts.forEach(mount -> webServer.service(mount.pathPrefix(), mount.service()));
 * }</pre>
 * Mounted:
 * <ul>
 *     <li>{@code GET /atlassian-connect.json}: the descriptor (public);</li>
 *     <li>{@code POST /lifecycle/installed}, {@code /uninstalled} (RS256 signed install), {@code /enabled},
 *     {@code /disabled} (HS256 with the tenant's secret);</li>
 *     <li>{@code /connect/v1/**}: the app API, every path authenticated by {@link AppRequestAuthenticator}.</li>
 * </ul>
 */
public final class ConnectModule {

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
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(installKeys, "installKeys");
        Objects.requireNonNull(clock, "clock");
        InstallJwtVerifier installVerifier =
                new InstallJwtVerifier(installKeys, settings.audiences(), settings.jwtLeeway(), clock);
        AppJwtVerifier appVerifier = new AppJwtVerifier(useCases.authentication(), settings.jwtLeeway(), clock);
        AppRequestAuthenticator authenticator = new AppRequestAuthenticator(appVerifier, useCases.licenses());
        return List.of(
                new ServiceMount(DescriptorService.PATH, new DescriptorService(settings)),
                new ServiceMount(ConnectDescriptor.LIFECYCLE_PREFIX,
                        new LifecycleService(settings, installVerifier, appVerifier, useCases)),
                new ServiceMount(ConnectApiService.PREFIX, new ConnectApiService(authenticator, useCases.tenants())));
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
