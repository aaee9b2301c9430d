/**
 * The Connect problem-report endpoint ({@code POST /connect/v1/problem-reports}): the add-on reports a problem on
 * behalf of a user, the domain's {@code ReportProblemUseCase} collects the support bundle and opens the ticket.
 * Wired by {@link io.custodian.web.connect.support.ProblemReportModule}.
 */
package io.custodian.web.connect.support;
