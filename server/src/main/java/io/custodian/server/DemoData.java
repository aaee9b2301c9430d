package io.custodian.server;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.LoginName;
import io.custodian.domain.access.Role;
import io.custodian.domain.access.Team;
import io.custodian.domain.audit.Actor;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.identity.Password;
import io.custodian.domain.identity.RegisterStaffCommand;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.support.ProblemReport;
import io.custodian.domain.support.ReportProblemCommand;
import io.custodian.domain.support.ReporterEmail;
import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.HandleInstallCommand;
import io.custodian.domain.tenant.HandleUninstallCommand;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.SharedSecret;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Demo data for development (never in production): two staff accounts, three tenants (one active with operation
 * data, configuration and a support ticket, one uninstalled and marked for deletion, one active and empty). Seeded
 * through the domain use cases, only into a database that has no tenant and no staff account yet.
 */
public final class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    /** The password of the demo staff accounts (documented in the README; development only). */
    public static final String DEMO_PASSWORD = "custodian-demo-password";

    private DemoData() {
    }

    /** Seeds the demo data if the database holds no tenant and no staff account; returns whether it did. */
    public static boolean seedIfEmpty(CustodianServices services) {
        boolean empty = services.identity().administer().list().isEmpty()
                && services.tenants().find(new ClientKey("demo-acme")).isEmpty();
        if (!empty) {
            return false;
        }
        var operator = new Actor.Automated("demo-data");
        var password = new Password(DEMO_PASSWORD);
        services.identity().administer().register(new RegisterStaffCommand(operator, "Dana Officer",
                new LoginName("demo-officer"), new Affiliation.Employee(), Team.SUPPORT, Role.PRIVACY_OFFICER, password));
        services.identity().administer().register(new RegisterStaffCommand(operator, "Sam Support",
                new LoginName("demo-support"), new Affiliation.Subcontractor(
                        LocalDate.ofInstant(services.clock().instant(), ZoneOffset.UTC).plusYears(1)),
                Team.SUPPORT, Role.SUPPORT_ENGINEER, password));

        var acme = install(services, "demo-acme", "https://acme-demo.atlassian.net");
        for (String relation : List.of("acme-to-globex", "acme-to-initech")) {
            write(services, acme, ItemKind.SYNC_RELATION, relation, null, "{\"remote\":\"https://" + relation + ".example\"}");
            for (int issue = 1; issue <= 3; issue++) {
                var twin = relation + "/ACME-" + issue;
                write(services, acme, ItemKind.TWIN_TRACE, twin, relation, "{\"remoteIssueId\":\"R-" + issue + "\"}");
                write(services, acme, ItemKind.FIELD_TRACE, twin + "/summary", twin, "{\"remoteFieldId\":\"summary\"}");
            }
        }
        services.reportProblem().report(new ReportProblemCommand(acme, new ProblemReport(
                new ReporterEmail("admin@acme-demo.example"), "Sync stopped for ACME-2",
                "Changes to ACME-2 no longer reach the remote side since this morning."), List.of()));

        var globex = install(services, "demo-globex", "https://globex-demo.atlassian.net");
        services.lifecycle().uninstall(new HandleUninstallCommand(globex));
        install(services, "demo-initech", "https://initech-demo.atlassian.net");
        LOG.log(System.Logger.Level.WARNING, "Development mode: seeded demo data (3 tenants, staff accounts"
                + " demo-officer and demo-support; see the README); set CUSTODIAN_DEMO_DATA=false to start empty");
        return true;
    }

    private static ClientKey install(CustodianServices services, String clientKey, String baseUrl) {
        var key = new ClientKey(clientKey);
        var secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        services.lifecycle().install(new HandleInstallCommand(key,
                AccountData.of(services.settings().connect().appKey(), ProductType.JIRA, URI.create(baseUrl)),
                new SharedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(secret)), true));
        return key;
    }

    private static void write(CustodianServices services, ClientKey tenant, ItemKind kind, String id, String parent,
                              String json) {
        services.operations().record(new RecordOperationItemCommand(tenant, kind, new ItemId(id),
                Optional.ofNullable(parent).map(ItemId::new), new ItemContent(json.getBytes(StandardCharsets.UTF_8))));
    }
}
