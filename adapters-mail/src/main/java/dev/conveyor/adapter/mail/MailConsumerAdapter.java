package dev.conveyor.adapter.mail;

import dev.conveyor.application.events.port.out.EventConsumerPort;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.mail.port.in.MailTrigger;
import dev.conveyor.application.mail.port.in.QueueMailUseCase;
import jakarta.inject.Singleton;

/**
 * The mail consumer of the event log: queues the mails each event causes in the transaction that moves the
 * consumer past it, so a crash or a retry queues them again only if they were not committed.
 */
@Singleton
final class MailConsumerAdapter implements EventConsumerPort {

    private final QueueMailUseCase queue;

    MailConsumerAdapter(QueueMailUseCase queue) {
        this.queue = queue;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public void handle(LoggedEvent event) {
        queue.queue(new MailTrigger(event.id(), event.type(), event.customerId(), event.orderId(),
                event.occurredAt(), event.payload()));
    }
}
