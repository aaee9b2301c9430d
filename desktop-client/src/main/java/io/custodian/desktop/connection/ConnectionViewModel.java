package io.custodian.desktop.connection;

import io.custodian.desktop.api.HealthCheck;
import io.custodian.desktop.api.HealthStatus;
import io.custodian.desktop.api.ServerAddress;
import io.custodian.desktop.api.ServerHealth;
import io.custodian.desktop.api.StaffApiClient;
import io.custodian.desktop.api.StaffApiException;
import io.custodian.desktop.api.StaffApiException.ConnectionFailed;
import io.custodian.desktop.api.StaffApiException.ConnectionRefused;
import io.custodian.desktop.api.StaffApiException.TimedOut;
import io.custodian.desktop.api.StaffApiException.UnexpectedAnswer;
import io.custodian.desktop.api.StaffApiException.UnknownHost;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and intents of the "Connect to server" screen.
 *
 * <p>Holds JavaFX properties only (no {@code javafx.scene}). Call {@link #check()} and read the
 * properties on the UI thread: the HTTP call runs on {@code background}, and its result is applied
 * through {@code ui} ({@code Platform::runLater} in the application, a direct executor in tests).
 */
public final class ConnectionViewModel {

    public static final String DEFAULT_SERVER_URL = "http://localhost:8080";

    /** Shown for a field the server left out of its answer. */
    static final String MISSING = "—";

    private final Function<ServerAddress, StaffApiClient> clients;
    private final Executor background;
    private final Executor ui;
    private final ServerUrlMemory memory;

    private final StringProperty serverUrl = new SimpleStringProperty(this, "serverUrl");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(this, "hasResult");
    private final ReadOnlyStringWrapper checkedServer = new ReadOnlyStringWrapper(this, "checkedServer", "");
    private final ReadOnlyObjectWrapper<HealthStatus> healthStatus = new ReadOnlyObjectWrapper<>(this, "healthStatus");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper statusDetail = new ReadOnlyStringWrapper(this, "statusDetail", "");
    private final ReadOnlyStringWrapper serverName = new ReadOnlyStringWrapper(this, "serverName", "");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyStringWrapper dataLocation = new ReadOnlyStringWrapper(this, "dataLocation", "");
    private final ReadOnlyStringWrapper probes = new ReadOnlyStringWrapper(this, "probes", "");
    private final ObservableList<HealthCheck> checks = FXCollections.observableArrayList();
    private final ObservableList<HealthCheck> checksView = FXCollections.unmodifiableObservableList(checks);

    /**
     * @param clients    makes the API client for the address the user typed
     * @param background runs the blocking HTTP call
     * @param ui         applies results on the UI thread
     * @param memory     recalls the initial server URL and remembers the last one that answered
     */
    public ConnectionViewModel(Function<ServerAddress, StaffApiClient> clients, Executor background, Executor ui,
                               ServerUrlMemory memory) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.memory = Objects.requireNonNull(memory, "memory");
        serverUrl.set(memory.recall().orElse(DEFAULT_SERVER_URL));
    }

    /** Intent: ask the server at {@link #serverUrlProperty()} for its health. Ignored while a check runs. */
    public void check() {
        if (busy.get()) {
            return;
        }
        clearResult();
        String typed = serverUrl.get();
        switch (ServerAddress.parse(typed)) {
            case ServerAddress.Invalid(String reason) -> errorMessage.set("Invalid server URL: " + reason);
            case ServerAddress.Valid(ServerAddress address) -> start(typed.strip(), address);
        }
    }

    private void start(String typed, ServerAddress address) {
        busy.set(true);
        progressMessage.set("Checking " + address.display() + " …");
        try {
            background.execute(() -> {
                Outcome outcome = fetch(address);
                ui.execute(() -> apply(typed, address, outcome));
            });
        } catch (RejectedExecutionException e) {
            apply(typed, address, new Failed("The client is shutting down; the check was not started."));
        }
    }

    private sealed interface Outcome {
    }

    private record Answered(ServerHealth health) implements Outcome {
    }

    private record Failed(String message) implements Outcome {
    }

    /** Runs on the background executor. */
    private Outcome fetch(ServerAddress address) {
        try {
            return new Answered(clients.apply(address).health());
        } catch (StaffApiException e) {
            return new Failed(describe(address, e.problem()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("The check of " + address.display() + " was cancelled.");
        } catch (RuntimeException e) {
            // A bug, not a network problem: still say so in the view rather than lose it on a worker thread.
            return new Failed("Unexpected error while checking " + address.display() + ": " + e);
        }
    }

    /** Runs on the UI executor. */
    private void apply(String typed, ServerAddress address, Outcome outcome) {
        busy.set(false);
        progressMessage.set("");
        switch (outcome) {
            case Answered(ServerHealth health) -> {
                show(address, health);
                memory.remember(typed);
            }
            case Failed(String message) -> errorMessage.set(message);
        }
    }

    private void show(ServerAddress address, ServerHealth health) {
        checkedServer.set("Answer from " + address.display());
        healthStatus.set(health.status());
        status.set(health.status().name());
        statusDetail.set(detailOf(health));
        serverName.set(orMissing(health.name()));
        version.set(orMissing(health.version()));
        dataLocation.set(orMissing(health.dataLocation()));
        probes.set("liveness " + nameOrMissing(health.liveness()) + " · readiness " + nameOrMissing(health.readiness()));
        checks.setAll(health.checks());
        hasResult.set(true);
    }

    private static String detailOf(ServerHealth health) {
        List<String> failing = health.failingCheckNames();
        int total = health.checks().size();
        if (health.isUp()) {
            return failing.isEmpty()
                    ? (total == 0 ? "The server reports no individual checks." : "All " + total + " checks UP.")
                    : "UP, but failing checks: " + String.join(", ", failing);
        }
        return failing.isEmpty()
                ? "The server reports " + health.status() + " without naming a failing check."
                : "Failing checks: " + String.join(", ", failing);
    }

    private void clearResult() {
        errorMessage.set("");
        hasResult.set(false);
        checkedServer.set("");
        healthStatus.set(null);
        status.set("");
        statusDetail.set("");
        serverName.set("");
        version.set("");
        dataLocation.set("");
        probes.set("");
        checks.clear();
    }

    /** The message shown to the support engineer for a failed call. */
    static String describe(ServerAddress address, StaffApiException.Problem problem) {
        String server = address.display();
        return switch (problem) {
            case UnknownHost p -> "Cannot find the host “" + p.uri().getHost() + "”. Check the server URL.";
            case ConnectionRefused p -> "Cannot connect to " + server
                    + ": connection refused. Is the Custodian server running at that address?";
            case ConnectionFailed p -> "Cannot connect to " + server + ": " + p.detail() + ".";
            case TimedOut p -> "No answer from " + server + " within " + seconds(p.limit())
                    + ". The server may be overloaded, or a firewall may be dropping the connection.";
            case UnexpectedAnswer p when p.httpStatus() == 503 -> server + " is unavailable (HTTP 503) and sent no"
                    + " health details (" + p.contentType() + "). A proxy in front of the server may be answering.";
            case UnexpectedAnswer p when p.httpStatus() == 200 -> server + " answered, but not with Custodian health"
                    + " JSON (" + p.contentType() + "). Is this the address of a Custodian server?";
            case UnexpectedAnswer p -> server + " answered HTTP " + p.httpStatus() + " to GET " + p.uri().getPath()
                    + " (" + p.contentType() + "). Is this the address of a Custodian server?";
        };
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private static String orMissing(String value) {
        return value == null || value.isBlank() ? MISSING : value;
    }

    private static String nameOrMissing(HealthStatus value) {
        return value == null ? MISSING : value.name();
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** Empty when there is nothing wrong to report. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** True once the server answered with health JSON (UP or DOWN). */
    public ReadOnlyBooleanProperty hasResultProperty() {
        return hasResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkedServerProperty() {
        return checkedServer.getReadOnlyProperty();
    }

    /** {@code null} while there is no result. */
    public ReadOnlyObjectProperty<HealthStatus> healthStatusProperty() {
        return healthStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusDetailProperty() {
        return statusDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverNameProperty() {
        return serverName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataLocationProperty() {
        return dataLocation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty probesProperty() {
        return probes.getReadOnlyProperty();
    }

    /** The server's individual checks, in its order; read-only. */
    public ObservableList<HealthCheck> checks() {
        return checksView;
    }
}
