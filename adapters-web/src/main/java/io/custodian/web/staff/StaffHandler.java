package io.custodian.web.staff;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import io.custodian.domain.access.StaffMember;

/** A handler of an authenticated staff route: called with the staff member the bearer token belongs to. */
@FunctionalInterface
interface StaffHandler {

    void handle(StaffMember staff, ServerRequest req, ServerResponse res) throws Exception;
}
