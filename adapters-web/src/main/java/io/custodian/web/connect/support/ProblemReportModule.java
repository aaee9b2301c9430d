package io.custodian.web.connect.support;

import java.util.List;
import java.util.Objects;

import io.custodian.domain.support.ReportProblemUseCase;
import io.custodian.web.ServiceMount;
import io.custodian.web.connect.AppRequestAuthenticator;
import io.custodian.web.connect.ConnectModule;

/**
 * The Connect problem-report endpoint, wired in one call: {@code POST /connect/v1/problem-reports}, authenticated by
 * the Connect {@link AppRequestAuthenticator} (see {@link ProblemReportHttpService} for the answers). The {@code server}
 * module passes these mounts, with the app data API's, to the five-argument
 * {@link ConnectModule#mounts(io.custodian.web.connect.ConnectSettings, io.custodian.web.connect.ConnectUseCases,
 * io.custodian.web.connect.jwt.InstallKeyProvider, java.time.InstantSource, List)}, which places them before the
 * {@code /connect/v1} catch-all:
 * <pre>{@code
 * List<ServiceMount> appApi = new ArrayList<>(DataApiModule.mounts(dataSettings, authenticator, dataUseCases));
 * appApi.addAll(ProblemReportModule.mounts(ProblemReportSettings.forPolicy(policy), authenticator, reportProblem));
 * List<ServiceMount> mounts = ConnectModule.mounts(connect, connectUseCases, installKeys, clock, appApi);
 * }</pre>
 */
public final class ProblemReportModule {

    /** Where the route is mounted: the Connect app API's prefix. */
    public static final String PREFIX = ConnectModule.APP_API_PREFIX;

    private ProblemReportModule() {
    }

    public static List<ServiceMount> mounts(ProblemReportSettings settings, AppRequestAuthenticator authenticator,
                                            ReportProblemUseCase reports) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(reports, "reports");
        return List.of(new ServiceMount(PREFIX, new ProblemReportHttpService(authenticator, reports, settings)));
    }
}
