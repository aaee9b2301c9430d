package io.custodian.web.staff;

import java.util.List;
import java.util.Optional;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import io.custodian.domain.access.Purpose;
import io.custodian.web.http.ApiException;

/**
 * The purpose of a read of tenant data, stated in the header {@value #HEADER} or the query parameter
 * {@value #PARAMETER}: {@code ticket:<reference>} (a support ticket, e.g. {@code ticket:SUP-1042}) or
 * {@code reason:<free text>}. Header values are ISO-8859-1; a reason with other characters goes in the (UTF-8,
 * percent-encoded) query parameter. Giving both with different values, giving either twice, another prefix, or a value
 * the domain rejects (blank, too long, control characters) is a 400. Stating none is not an error here: the access
 * policy refuses it (403 {@code purpose_missing}) and the refusal is audited.
 */
final class Purposes {

    static final String HEADER = "X-Custodian-Purpose";
    static final String PARAMETER = "purpose";
    private static final HeaderName HEADER_NAME = HeaderNames.create(HEADER);
    private static final String TICKET = "ticket:";
    private static final String REASON = "reason:";

    private Purposes() {
    }

    static Optional<Purpose> of(ServerRequest req) {
        List<String> headers = req.headers().contains(HEADER_NAME) ? req.headers().get(HEADER_NAME).allValues() : List.of();
        if (headers.size() > 1) {
            throw ApiException.badRequest("Header " + HEADER + " must be given at most once");
        }
        Optional<String> header = headers.stream().findFirst();
        Optional<String> parameter = QueryParams.single(req, PARAMETER);
        if (header.isPresent() && parameter.isPresent() && !header.get().equals(parameter.get())) {
            throw ApiException.badRequest("The purpose is stated twice, differently: in header " + HEADER
                    + " and in query parameter '" + PARAMETER + "'");
        }
        return header.or(() -> parameter).map(Purposes::parse);
    }

    static Purpose parse(String stated) {
        try {
            if (stated.startsWith(TICKET)) {
                return new Purpose.SupportTicket(stated.substring(TICKET.length()));
            }
            if (stated.startsWith(REASON)) {
                return new Purpose.FreeText(stated.substring(REASON.length()));
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The purpose is invalid: " + e.getMessage());
        }
        throw ApiException.badRequest("The purpose must be 'ticket:<reference>' or 'reason:<text>'");
    }
}
