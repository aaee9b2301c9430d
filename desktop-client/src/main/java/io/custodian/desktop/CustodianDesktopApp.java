package io.custodian.desktop;

import io.custodian.desktop.api.StaffApiClient;
import io.custodian.desktop.connection.ConnectionView;
import io.custodian.desktop.connection.ConnectionViewModel;
import io.custodian.desktop.connection.PreferencesServerUrlMemory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the object graph by hand and shows the first screen. */
public final class CustodianDesktopApp extends Application {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private HttpClient http;
    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        http = StaffApiClient.newHttpClient(CONNECT_TIMEOUT);
        background = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("custodian-background-", 0).factory());

        ConnectionViewModel connection = new ConnectionViewModel(
                address -> new StaffApiClient(address, http, REQUEST_TIMEOUT),
                background,
                Platform::runLater,
                PreferencesServerUrlMemory.forCurrentUser());

        stage.setTitle("Custodian — Connect to server");
        stage.setScene(new Scene(new ConnectionView(connection).root(), 680, 520));
        stage.show();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
        if (http != null) {
            http.shutdownNow();
        }
    }
}
