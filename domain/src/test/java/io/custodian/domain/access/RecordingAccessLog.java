package io.custodian.domain.access;

import java.util.ArrayList;
import java.util.List;

/** {@link AccessLog} that keeps the events in memory, for assertions. */
public final class RecordingAccessLog implements AccessLog {

    private final List<AccessEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AccessEvent event) {
        events.add(event);
    }

    public synchronized List<AccessEvent> events() {
        return List.copyOf(events);
    }

    public synchronized AccessEvent last() {
        if (events.isEmpty()) {
            throw new AssertionError("nothing was recorded");
        }
        return events.getLast();
    }
}
