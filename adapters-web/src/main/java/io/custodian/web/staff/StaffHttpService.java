package io.custodian.web.staff;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

import io.custodian.web.http.MethodNotAllowed;

/**
 * Base of the staff API's services: each binds handlers to its {@link StaffEndpoint}s in {@link #routes}. A handler of
 * an authenticated endpoint runs only for a signed-in staff member in service ({@link StaffAuthentication}). Per path,
 * the bound methods are registered in order, then a 405 with {@code Allow} for any other method.
 */
abstract class StaffHttpService implements HttpService {

    private final StaffAuthentication authentication;

    StaffHttpService(StaffAuthentication authentication) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
    }

    /** Binds the service's endpoints, in the order they must be matched. */
    abstract void routes(Routes routes);

    @Override
    public final void routing(HttpRules rules) {
        declared().byPath.forEach((path, handlers) -> {
            handlers.forEach((method, handler) -> rules.route(method, path, handler));
            rules.any(path, MethodNotAllowed.allowing(handlers.keySet().toArray(Method[]::new)));
        });
    }

    /** The endpoints this service binds. */
    final Set<StaffEndpoint> endpoints() {
        return declared().endpoints;
    }

    private Routes declared() {
        Routes routes = new Routes(authentication);
        routes(routes);
        return routes;
    }

    /** Collects the bound endpoints, grouped by path in the order paths first appear. */
    static final class Routes {
        private final StaffAuthentication authentication;
        private final Map<String, Map<Method, Handler>> byPath = new LinkedHashMap<>();
        private final Set<StaffEndpoint> endpoints = EnumSet.noneOf(StaffEndpoint.class);

        private Routes(StaffAuthentication authentication) {
            this.authentication = authentication;
        }

        /** Binds an authenticated endpoint. */
        Routes staff(StaffEndpoint endpoint, StaffHandler handler) {
            if (!endpoint.authenticated()) {
                throw new IllegalStateException(endpoint.key() + " is public; bind it with open(...)");
            }
            return add(endpoint, authentication.guard(handler));
        }

        /** Binds a public endpoint: no bearer token needed. */
        Routes open(StaffEndpoint endpoint, Handler handler) {
            if (endpoint.authenticated()) {
                throw new IllegalStateException(endpoint.key() + " needs authentication; bind it with staff(...)");
            }
            return add(endpoint, handler);
        }

        private Routes add(StaffEndpoint endpoint, Handler handler) {
            Objects.requireNonNull(handler, "handler");
            if (!endpoints.add(endpoint)) {
                throw new IllegalStateException("endpoint bound twice: " + endpoint.key());
            }
            byPath.computeIfAbsent(endpoint.path(), path -> new LinkedHashMap<>()).put(endpoint.method(), handler);
            return this;
        }
    }
}
