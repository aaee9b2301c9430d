package io.custodian.desktop.connection;

import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;

/** {@link ServerUrlMemory} in the user's {@link Preferences} (on Linux: {@code ~/.java/.userPrefs}). */
public final class PreferencesServerUrlMemory implements ServerUrlMemory {

    private static final String KEY = "serverUrl";

    private final Preferences node;

    public PreferencesServerUrlMemory(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The current user's node for this client: {@code /io/custodian/desktop/connection}. */
    public static PreferencesServerUrlMemory forCurrentUser() {
        return new PreferencesServerUrlMemory(Preferences.userNodeForPackage(PreferencesServerUrlMemory.class));
    }

    @Override
    public Optional<String> recall() {
        return Optional.ofNullable(node.get(KEY, null)).filter(url -> !url.isBlank());
    }

    @Override
    public void remember(String serverUrl) {
        // Preferences are written to disk in the background and when the JVM exits.
        node.put(KEY, serverUrl);
    }
}
