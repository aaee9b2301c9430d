package io.custodian.desktop.connection;

import java.util.Optional;

/** Remembers the last server URL that answered, so the next start can offer it again. */
public interface ServerUrlMemory {

    Optional<String> recall();

    void remember(String serverUrl);

    /** A memory that remembers nothing. */
    static ServerUrlMemory none() {
        return new ServerUrlMemory() {
            @Override
            public Optional<String> recall() {
                return Optional.empty();
            }

            @Override
            public void remember(String serverUrl) {
                // nothing to remember
            }
        };
    }
}
