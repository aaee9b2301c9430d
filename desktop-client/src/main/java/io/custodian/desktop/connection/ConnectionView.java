package io.custodian.desktop.connection;

import io.custodian.desktop.api.HealthCheck;
import io.custodian.desktop.api.HealthStatus;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "Connect to server" screen. Builds the nodes and binds them to a {@link ConnectionViewModel};
 * holds no state of its own. Node ids ({@code #serverUrl}, {@code #checkButton}, {@code #status},
 * {@code #version}, {@code #dataLocation}, {@code #error}, …) are stable for tests.
 */
public final class ConnectionView {

    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    private final VBox root;

    public ConnectionView(ConnectionViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");

        Label title = new Label("Connect to server");
        title.getStyleClass().add("title");
        Label hint = new Label("Enter the address of a Custodian server and check its health.");
        hint.getStyleClass().add("hint");

        TextField serverUrl = new TextField();
        serverUrl.setId("serverUrl");
        serverUrl.setPromptText(ConnectionViewModel.DEFAULT_SERVER_URL);
        serverUrl.textProperty().bindBidirectional(viewModel.serverUrlProperty());
        HBox.setHgrow(serverUrl, Priority.ALWAYS);
        Label serverUrlLabel = new Label("Server URL");
        serverUrlLabel.setLabelFor(serverUrl);

        Button checkButton = new Button("Check");
        checkButton.setId("checkButton");
        checkButton.setDefaultButton(true); // Enter in the URL field checks too
        checkButton.disableProperty().bind(viewModel.busyProperty());
        checkButton.setOnAction(event -> viewModel.check());

        HBox urlRow = new HBox(8, serverUrlLabel, serverUrl, checkButton);
        urlRow.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label progress = new Label();
        progress.setId("progress");
        progress.textProperty().bind(viewModel.progressMessageProperty());
        HBox progressRow = new HBox(8, spinner, progress);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        showOnlyWhen(progressRow, viewModel.busyProperty());

        Label error = new Label();
        error.setId("error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(viewModel.errorMessageProperty());
        showOnlyWhen(error, viewModel.errorMessageProperty().isNotEmpty());

        VBox result = result(viewModel);
        showOnlyWhen(result, viewModel.hasResultProperty());

        root = new VBox(12, title, hint, urlRow, progressRow, error, result);
        root.setPadding(new Insets(20));
        root.getStyleClass().add("connection-view");
        root.getStylesheets().add(Objects.requireNonNull(
                ConnectionView.class.getResource("connection.css"), "connection.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    private static VBox result(ConnectionViewModel viewModel) {
        Label checkedServer = bound("checkedServer", viewModel.checkedServerProperty());
        checkedServer.getStyleClass().add("hint");

        Label status = bound("status", viewModel.statusProperty());
        status.getStyleClass().add("status");
        viewModel.healthStatusProperty().subscribe(value -> {
            status.pseudoClassStateChanged(UP, value == HealthStatus.UP);
            status.pseudoClassStateChanged(DOWN, value != null && value != HealthStatus.UP);
        });
        Label statusDetail = bound("statusDetail", viewModel.statusDetailProperty());
        HBox statusRow = new HBox(10, status, statusDetail);
        statusRow.setAlignment(Pos.BASELINE_LEFT);

        GridPane facts = new GridPane(16, 6);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        facts.addRow(0, fieldName("Status"), statusRow);
        facts.addRow(1, fieldName("Server"), bound("serverName", viewModel.serverNameProperty()));
        facts.addRow(2, fieldName("Version"), bound("version", viewModel.versionProperty()));
        facts.addRow(3, fieldName("Data location"), bound("dataLocation", viewModel.dataLocationProperty()));
        facts.addRow(4, fieldName("Probes"), bound("probes", viewModel.probesProperty()));

        TableView<HealthCheck> checks = new TableView<>(viewModel.checks());
        checks.setId("checks");
        checks.setPlaceholder(new Label("The server reports no individual checks."));
        checks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        checks.setPrefHeight(130);
        TableColumn<HealthCheck, String> name = new TableColumn<>("Check");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<HealthCheck, HealthStatus> state = new TableColumn<>("Status");
        state.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status()));
        state.setCellFactory(column -> new StatusCell());
        checks.getColumns().setAll(List.of(name, state));
        VBox.setVgrow(checks, Priority.ALWAYS);

        Label checksTitle = new Label("Checks");
        checksTitle.getStyleClass().add("section");
        VBox result = new VBox(10, checkedServer, facts, checksTitle, checks);
        VBox.setVgrow(result, Priority.ALWAYS);
        return result;
    }

    private static Label fieldName(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-name");
        return label;
    }

    private static Label bound(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static void showOnlyWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static final class StatusCell extends TableCell<HealthCheck, HealthStatus> {
        @Override
        protected void updateItem(HealthStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
            pseudoClassStateChanged(UP, !empty && item == HealthStatus.UP);
            pseudoClassStateChanged(DOWN, !empty && item != null && item != HealthStatus.UP);
        }
    }
}
