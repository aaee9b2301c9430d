package io.custodian.domain.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Fake {@link TicketForwarder}: answers what the test scripts and remembers every request. */
public final class ScriptedTicketForwarder implements TicketForwarder {

    private final List<ForwardTicketRequest> requests = new ArrayList<>();
    private Function<ForwardTicketRequest, ForwardingResult> answer;

    private ScriptedTicketForwarder(Function<ForwardTicketRequest, ForwardingResult> answer) {
        this.answer = Objects.requireNonNull(answer, "answer");
    }

    /** Creates requests {@code SD-1}, {@code SD-2}, ... */
    public static ScriptedTicketForwarder creating() {
        ScriptedTicketForwarder forwarder = new ScriptedTicketForwarder(request -> null);
        forwarder.answer = request -> new ForwardingResult.Created("SD-" + forwarder.requests.size());
        return forwarder;
    }

    public static ScriptedTicketForwarder answering(ForwardingResult result) {
        return new ScriptedTicketForwarder(request -> result);
    }

    public static ScriptedTicketForwarder throwing(RuntimeException failure) {
        return new ScriptedTicketForwarder(request -> {
            throw failure;
        });
    }

    @Override
    public synchronized ForwardingResult forward(ForwardTicketRequest request) {
        requests.add(request);
        return answer.apply(request);
    }

    public synchronized List<ForwardTicketRequest> requests() {
        return List.copyOf(requests);
    }
}
