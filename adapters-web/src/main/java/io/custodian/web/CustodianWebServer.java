package io.custodian.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import io.helidon.http.DirectHandler;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;

import io.custodian.web.health.HealthService;
import io.custodian.web.http.ErrorMapper;
import io.custodian.web.http.JsonErrorDirectHandler;
import io.custodian.web.http.SecurityHeaders;
import io.custodian.web.json.JsonMapping;

import static java.lang.System.Logger.Level.INFO;

/**
 * Custodian's Helidon SE web server: health endpoints, the JSON error mapper, security headers, Jackson media
 * support with {@link JsonMapping}, a request body limit, and whatever {@link HttpService}s are registered.
 * <pre>{@code
 * try (CustodianWebServer server = CustodianWebServer.builder()
 *         .settings(new WebSettings("0.0.0.0", 8080, 1_048_576))
 *         .serviceInfo(new ServiceInfo("Custodian", "0.1.0", "Roubaix, France"))
 *         .readinessCheck(databaseCheck)
 *         .service("/staff/v1", staffService)
 *         .build()
 *         .start()) {
 *     ...
 * }
 * }</pre>
 */
public final class CustodianWebServer implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(CustodianWebServer.class.getName());

    private final WebServer server;
    private final ReentrantLock lock = new ReentrantLock();
    private State state = State.NEW;

    private CustodianWebServer(WebServer server) {
        this.server = server;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Set up routing: security headers filter, the error mapper, the health endpoints, then the services in order.
     * The server adds the listener parts (body limit, JSON direct handler, Jackson media); tests reuse this method.
     *
     * @param routing  routing to configure
     * @param info     reported by {@code /health}
     * @param checks   readiness checks, unique names
     * @param services services with their path prefixes, registered in order
     */
    public static void routing(HttpRouting.Builder routing,
                               ServiceInfo info,
                               List<ReadinessCheck> checks,
                               List<ServiceMount> services) {
        Objects.requireNonNull(routing, "routing");
        routing.addFilter(new SecurityHeaders())
                .error(Throwable.class, new ErrorMapper())
                .register(new HealthService(info, checks));
        for (ServiceMount mount : services) {
            routing.register(mount.pathPrefix(), mount.service());
        }
    }

    /**
     * Routing with the health endpoints only.
     *
     * @param routing routing to configure
     * @param info    reported by {@code /health}
     * @param checks  readiness checks, unique names
     */
    public static void routing(HttpRouting.Builder routing, ServiceInfo info, List<ReadinessCheck> checks) {
        routing(routing, info, checks, List.of());
    }

    /**
     * Listener settings that belong with {@link #routing}: bind address, body size limit with a JSON 413, JSON
     * answers for pre-routing failures, and Jackson media support using {@link JsonMapping} (no service discovery,
     * so no other JSON provider can take over).
     *
     * @param server   server builder
     * @param settings where to listen and the body limit
     */
    public static void listener(WebServerConfig.Builder server, WebSettings settings) {
        Objects.requireNonNull(settings, "settings");
        server.host(settings.host())
                .port(settings.port())
                .maxPayloadSize(settings.maxRequestBytes())
                .directHandlers(directHandlers(settings.maxRequestBytes()))
                .mediaContext(MediaContext.builder()
                                      .mediaSupportsDiscoverServices(false)
                                      .addMediaSupport(JacksonSupport.create(JsonMapping.create()))
                                      .build());
    }

    /**
     * Start listening. Returns once the port is bound.
     *
     * @return this server
     * @throws IllegalStateException if already started or stopped
     */
    public CustodianWebServer start() {
        lock.lock();
        try {
            if (state != State.NEW) {
                throw new IllegalStateException("server already " + state.name().toLowerCase(Locale.ROOT));
            }
            server.start();
            state = State.STARTED;
            LOGGER.log(System.Logger.Level.DEBUG, "Custodian web server listening on port " + server.port());
            return this;
        } finally {
            lock.unlock();
        }
    }

    /**
     * @return the bound port (the ephemeral one when the settings asked for port 0)
     * @throws IllegalStateException when not running
     */
    public int port() {
        lock.lock();
        try {
            if (state != State.STARTED) {
                throw new IllegalStateException("server is not running");
            }
            return server.port();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stop listening and finish in-flight requests. Idempotent; a server never started just becomes stopped.
     */
    public void stop() {
        lock.lock();
        try {
            if (state == State.STARTED) {
                server.stop();
                LOGGER.log(INFO, "Custodian web server stopped");
            }
            state = State.STOPPED;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static DirectHandlers directHandlers(long maxRequestBytes) {
        JsonErrorDirectHandler json = new JsonErrorDirectHandler(maxRequestBytes);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, json);
        }
        return builder.build();
    }

    private enum State { NEW, STARTED, STOPPED }

    /**
     * Builder; {@link #settings} and {@link #serviceInfo} are required.
     */
    public static final class Builder {
        private final List<ReadinessCheck> checks = new ArrayList<>();
        private final List<ServiceMount> services = new ArrayList<>();
        private WebSettings settings;
        private ServiceInfo info;

        private Builder() {
        }

        public Builder settings(WebSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder serviceInfo(ServiceInfo info) {
            this.info = Objects.requireNonNull(info, "info");
            return this;
        }

        /** Add a readiness check; reported in registration order. */
        public Builder readinessCheck(ReadinessCheck check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Register a service under a path prefix, e.g. {@code service("/staff/v1", staffService)}.
         * Services are routed in registration order; {@code /health} is reserved.
         */
        public Builder service(String pathPrefix, HttpService service) {
            services.add(new ServiceMount(pathPrefix, service));
            return this;
        }

        /** Register every mount of a module, in order, as {@link #service} does one. */
        public Builder services(List<ServiceMount> mounts) {
            Objects.requireNonNull(mounts, "mounts").forEach(mount -> service(mount.pathPrefix(), mount.service()));
            return this;
        }

        /**
         * Build the server, not yet listening.
         *
         * @return server
         * @throws IllegalStateException    when settings or service info are missing
         * @throws IllegalArgumentException when readiness check names are blank or repeated
         */
        public CustodianWebServer build() {
            if (settings == null) {
                throw new IllegalStateException("settings are required");
            }
            if (info == null) {
                throw new IllegalStateException("serviceInfo is required");
            }
            List<ReadinessCheck> checksCopy = List.copyOf(checks);
            List<ServiceMount> servicesCopy = List.copyOf(services);
            WebServerConfig.Builder config = WebServer.builder()
                    .featuresDiscoverServices(false)
                    .routing(routing -> routing(routing, info, checksCopy, servicesCopy));
            listener(config, settings);
            return new CustodianWebServer(config.build());
        }
    }
}
