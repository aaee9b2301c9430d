package io.custodian.web.staff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff management over HTTP follows the domain rules: privacy officers only, never on themselves. */
class StaffAccountsApiTest {

    private static final String NEW_SUBCONTRACTOR = "{\"displayName\":\"Sam Sub\",\"login\":\"sam.sub\","
            + "\"team\":\"SUPPORT\",\"role\":\"SUPPORT_ENGINEER\",\"affiliation\":\"SUBCONTRACTOR\","
            + "\"contractValidUntil\":\"2026-12-31\"}";

    private StaffApiTestApp app;
    private String officer;
    private String support;

    @BeforeEach
    void start() {
        app = new StaffApiTestApp();
        officer = app.tokenFor(app.fixture.custody.privacyOfficer);
        support = app.tokenFor(app.fixture.custody.supportEngineer);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_privacy_officer_adds_a_subcontractor_and_sets_their_contract() {
        var added = app.send("POST", "/staff", officer, NEW_SUBCONTRACTOR);

        assertThat(added.statusCode()).isEqualTo(201);
        var staff = StaffApiTestApp.json(added);
        assertThat(staff).containsEntry("login", "sam.sub").containsEntry("affiliation", "SUBCONTRACTOR")
                .containsEntry("contractValidUntil", "2026-12-31").containsEntry("active", true);
        var extended = app.send("PUT", "/staff/" + staff.get("id") + "/contract", officer,
                "{\"contractValidUntil\":\"2027-06-30\"}");
        assertThat(extended.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(extended)).containsEntry("contractValidUntil", "2027-06-30");
        assertThat(app.send("POST", "/staff", officer, NEW_SUBCONTRACTOR).statusCode()).isEqualTo(409);
    }

    @Test
    void only_privacy_officers_manage_staff_and_never_themselves() {
        var bySupport = app.send("POST", "/staff", support, NEW_SUBCONTRACTOR);
        var selfDisable = app.send("POST", "/staff/" + app.fixture.custody.privacyOfficer.id() + "/disable",
                officer, null);
        var unknown = app.send("POST", "/staff/" + java.util.UUID.randomUUID() + "/disable", officer, null);

        assertThat(bySupport.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(bySupport)).containsEntry("error", "role_not_authorised");
        assertThat(selfDisable.statusCode()).isEqualTo(403);
        assertThat(StaffApiTestApp.json(selfDisable)).containsEntry("error", "self_management");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void a_disabled_account_loses_access_at_once() {
        var disabled = app.send("POST", "/staff/" + app.fixture.custody.supportEngineer.id() + "/disable",
                officer, null);

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(disabled)).containsEntry("active", false);
        assertThat(app.get("/me", support).statusCode()).isEqualTo(401);
    }

    @Test
    void the_staff_list_is_paged_by_login_and_holds_no_secret() {
        var page = app.get("/staff?size=2", support);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(page)).containsEntry("total", 6).containsEntry("hasNext", true);
        assertThat(page.body()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("hash");
    }

    @Test
    void a_privacy_officer_sets_a_new_accounts_password_and_the_account_signs_in_with_it() {
        var added = StaffApiTestApp.json(app.send("POST", "/staff", officer, NEW_SUBCONTRACTOR));
        String id = (String) added.get("id");

        var weak = app.send("PUT", "/staff/" + id + "/password", officer, "{\"password\":\"short\"}");
        var bySupport = app.send("PUT", "/staff/" + id + "/password", support,
                "{\"password\":\"a long enough passphrase\"}");
        var own = app.send("PUT", "/staff/" + app.fixture.custody.privacyOfficer.id() + "/password", officer,
                "{\"password\":\"a long enough passphrase\"}");
        var set = app.send("PUT", "/staff/" + id + "/password", officer, "{\"password\":\"a long enough passphrase\"}");
        var login = app.send("POST", "/sessions", null,
                "{\"login\":\"sam.sub\",\"password\":\"a long enough passphrase\"}");

        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(StaffApiTestApp.json(weak)).containsEntry("error", "weak_password");
        assertThat(bySupport.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(login.statusCode()).isEqualTo(201);
        assertThat(weak.body() + set.body() + bySupport.body()).doesNotContain("passphrase", "short");
    }

    @Test
    void malformed_staff_bodies_are_400() {
        var badTeam = app.send("POST", "/staff", officer, NEW_SUBCONTRACTOR.replace("SUPPORT\"", "SALES\""));
        var subcontractorWithoutContract = app.send("POST", "/staff", officer,
                NEW_SUBCONTRACTOR.replace(",\"contractValidUntil\":\"2026-12-31\"", ""));
        var badDate = app.send("PUT", "/staff/" + app.fixture.custody.supportEngineer.id() + "/contract", officer,
                "{\"contractValidUntil\":\"tomorrow\"}");

        assertThat(badTeam.statusCode()).isEqualTo(400);
        assertThat(subcontractorWithoutContract.statusCode()).isEqualTo(400);
        assertThat(badDate.statusCode()).isEqualTo(400);
    }
}
