package io.custodian.web.staff;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** Login, {@code /me} and logout over HTTP. */
class SessionsApiTest {

    private static final String PASSWORD = "correct horse battery staple";

    private StaffApiTestApp app;
    private String login;

    @BeforeEach
    void start() {
        app = new StaffApiTestApp();
        app.password(app.fixture.custody.supportEngineer, PASSWORD);
        login = app.fixture.custody.supportEngineer.loginName().value();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String body(String password) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void login_answers_201_with_a_token_that_opens_me_and_logout_ends_it() {
        var created = app.send("POST", "/sessions", null, body(PASSWORD));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
        var session = StaffApiTestApp.json(created);
        assertThat(session).containsKeys("token", "expiresAt");
        assertThat(session.get("staff")).asInstanceOf(MAP).containsEntry("login", login)
                .containsEntry("role", "SUPPORT_ENGINEER").containsEntry("active", true)
                .doesNotContainKeys("password", "passwordHash");
        String token = (String) session.get("token");

        var me = app.get("/me", token);
        var logout = app.send("DELETE", "/sessions/current", token, null);
        var afterLogout = app.get("/me", token);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(StaffApiTestApp.json(me)).containsEntry("id", app.fixture.custody.supportEngineer.id().toString());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(afterLogout.statusCode()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_and_an_unknown_login_get_the_same_401() {
        var wrong = app.send("POST", "/sessions", null, body("wrong"));
        var unknown = app.send("POST", "/sessions", null, "{\"login\":\"nobody\",\"password\":\"x\"}");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(StaffApiTestApp.json(wrong)).containsEntry("error", "invalid_credentials");
    }

    @Test
    void too_many_failures_are_429_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            app.send("POST", "/sessions", null, body("wrong"));
        }

        var locked = app.send("POST", "/sessions", null, body(PASSWORD));

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(StaffApiTestApp.json(locked)).containsEntry("error", "too_many_attempts");
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isPositive());
    }

    @Test
    void malformed_login_bodies_are_400_or_415() {
        var missingPassword = app.send("POST", "/sessions", null, "{\"login\":\"" + login + "\"}");
        var notJson = app.send("POST", "/sessions", null, "{login");
        var wrongType = app.send("POST", "/sessions", null, "login=x&password=y", "Content-Type",
                "application/x-www-form-urlencoded");

        assertThat(missingPassword.statusCode()).isEqualTo(400);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(StaffApiTestApp.json(notJson)).containsEntry("error", "bad_request");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(missingPassword.body()).doesNotContain(PASSWORD);
    }
}
