package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.PublishEventsUseCase;
import dev.conveyor.application.events.port.out.EventRelayPort;
import dev.conveyor.application.events.port.out.EventSignalPort;

final class PublishEventsService implements PublishEventsUseCase {

    private final EventRelayPort relay;
    private final EventSignalPort signals;
    private long announced;

    PublishEventsService(EventRelayPort relay, EventSignalPort signals) {
        this.relay = relay;
        this.signals = signals;
    }

    /** Serialized within the instance: concurrent runs would only wait for each other on the relay's lock. */
    @Override
    public synchronized long publish() {
        long latest = relay.assignPositions();
        if (latest > announced) {
            announced = latest;
            signals.announce(latest);
        }
        return latest;
    }
}
