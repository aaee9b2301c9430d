package io.custodian.desktop;

import javafx.application.Application;

/**
 * Entry point of the desktop client. Deliberately not an {@link Application}: launching an
 * {@code Application} subclass straight from the class path fails with "JavaFX runtime components
 * are missing", launching it from here works.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(CustodianDesktopApp.class, args);
    }
}
