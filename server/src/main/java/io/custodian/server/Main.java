package io.custodian.server;

import io.custodian.server.config.ConfigException;
import io.custodian.server.config.SettingsLoader;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/** Starts Custodian: reads the configuration, builds the object graph, serves until SIGTERM or Ctrl-C. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        var log = System.getLogger(Main.class.getName());
        try {
            var settings = SettingsLoader.fromEnvironment();
            var started = System.nanoTime();
            var server = CustodianServer.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // java.util.logging may already be shut down by now: report on standard error directly
                System.err.println("Custodian shutting down");
                server.close();
                System.err.println("Custodian stopped");
            }, "custodian-shutdown"));
            log.log(System.Logger.Level.INFO, "Custodian {0} listening on http://{1}:{2} (public URL {3}, database {4},"
                            + " data location {5}) started in {6} ms",
                    BuildInfo.version(), settings.http().host(), String.valueOf(server.port()),
                    settings.http().baseUrl(), settings.database().external() ? "external" : "embedded",
                    settings.data().location(), String.valueOf((System.nanoTime() - started) / 1_000_000));
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.ERROR, "Custodian could not start: " + e.getMessage(), e);
            System.exit(1);
        }
    }

    /** One-line log records unless the operator configured java.util.logging. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = Main.class.getResourceAsStream("/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("could not read logging.properties: " + e.getMessage());
        }
    }
}
