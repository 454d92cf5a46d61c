package dev.conveyor.adapter.inmemory.webhook;

import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The webhook fan-out in memory: as the JDBC one, one delivery per event and matching endpoint. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryWebhookFanOutAdapter implements EventConsumerPort {

    private final InMemoryWebhookStoreAdapter store;
    private final JsonMapper json;

    public InMemoryWebhookFanOutAdapter(InMemoryWebhookStoreAdapter store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public void handle(LoggedEvent event) {
        try {
            store.fanOut(event, json.writeValueAsString(event.toMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
