package io.custodian.desktop.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.custodian.desktop.api.StaffApiClient;
import io.custodian.desktop.testing.Png;
import io.custodian.desktop.testing.StubHttpServer;
import io.custodian.desktop.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real view, headless (JavaFX Headless platform + glass robot), with the production threading:
 * HTTP on a background thread, results through {@code Platform::runLater}.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionViewTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static TestServer server;
    private static HttpClient http;

    private Stage stage;
    private ConnectionViewModel viewModel;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        http = StaffApiClient.newHttpClient(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopServer() {
        server.close();
        http.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new ConnectionViewModel(
                address -> new StaffApiClient(address, http, Duration.ofSeconds(5)),
                task -> Thread.ofVirtual().name("test-background").start(task),
                Platform::runLater,
                ServerUrlMemory.none());
        stage.setScene(new Scene(new ConnectionView(viewModel).root(), 680, 520));
        stage.show();
    }

    @Test
    void shows_the_server_health_after_typing_its_url_and_clicking_check(FxRobot robot) throws Exception {
        typeServerUrl(robot, server.baseUri());
        robot.clickOn("#checkButton");
        awaitCheckFinished();

        assertThat(text(robot, "#error")).isEmpty();
        assertThat(text(robot, "#status")).isEqualTo("UP");
        assertThat(text(robot, "#version")).isEqualTo(io.custodian.server.BuildInfo.version());
        assertThat(text(robot, "#dataLocation")).isEqualTo("Roubaix, France");
        assertThat(shown(robot, "#status")).isTrue();

        Png.write(snapshot(), SCREENSHOTS.resolve("connection-up.png"));
    }

    @Test
    void shows_a_clear_message_when_the_connection_is_refused(FxRobot robot) throws Exception {
        URI nobodyListens = StubHttpServer.refusingConnections();
        typeServerUrl(robot, nobodyListens);
        robot.type(KeyCode.ENTER);
        awaitCheckFinished();

        assertThat(text(robot, "#error"))
                .startsWith("Cannot connect to http://127.0.0.1:" + nobodyListens.getPort() + ": connection refused.");
        assertThat(shown(robot, "#error")).isTrue();
        assertThat(shown(robot, "#status")).isFalse();
        assertThat(onFx(() -> robot.lookup("#checkButton").query().isDisabled())).isFalse();

        Png.write(snapshot(), SCREENSHOTS.resolve("connection-refused.png"));
    }

    private static void typeServerUrl(FxRobot robot, URI url) {
        TextField field = robot.lookup("#serverUrl").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(url.toString());
        String typed = onFx(field::getText);
        assertThat(typed).isEqualTo(url.toString());
    }

    /** Waits until the check has produced a result or an error message (polling, no fixed sleep). */
    private void awaitCheckFinished() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !viewModel.isBusy()
                && (viewModel.hasResultProperty().get() || !viewModel.errorMessageProperty().get().isEmpty())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** Whether the node and all its ancestors are visible. */
    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> {
            for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
                if (!node.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private WritableImage snapshot() {
        return onFx(() -> stage.getScene().snapshot(null));
    }

    private static <T> T onFx(Callable<T> callable) {
        try {
            return WaitForAsyncUtils.asyncFx(callable).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not run on the FX thread", e);
        }
    }
}
