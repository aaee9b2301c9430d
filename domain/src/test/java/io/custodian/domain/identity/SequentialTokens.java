package io.custodian.domain.identity;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Deterministic session tokens for tests: 32 bytes holding a counter; remembers what it handed out. */
public final class SequentialTokens implements Supplier<SessionToken> {

    private final List<SessionToken> issued = new ArrayList<>();

    @Override
    public synchronized SessionToken get() {
        byte[] bytes = ByteBuffer.allocate(SessionToken.BYTES).putLong(0x7E57L).putLong(issued.size() + 1L).array();
        SessionToken token = SessionToken.of(bytes);
        issued.add(token);
        return token;
    }

    public synchronized List<SessionToken> issued() {
        return List.copyOf(issued);
    }
}
