package dev.conveyor.application.mail.port.in;

/** Sends the queued mails that are due, each claimed before it is sent so that no two senders send it. */
public interface DeliverMailUseCase {

    /** @return how many mails were sent */
    int deliverDue();
}
