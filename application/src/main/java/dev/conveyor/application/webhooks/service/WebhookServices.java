package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.service.Backoff;
import dev.conveyor.application.shared.service.SharedServices;
import dev.conveyor.application.webhooks.port.in.ChangeWebhookUseCase;
import dev.conveyor.application.webhooks.port.in.DeliverWebhooksUseCase;
import dev.conveyor.application.webhooks.port.in.DueWebhooksQuery;
import dev.conveyor.application.webhooks.port.in.ListWebhookAttemptsQuery;
import dev.conveyor.application.webhooks.port.in.ListWebhooksQuery;
import dev.conveyor.application.webhooks.port.in.PurgeWebhookDeliveriesUseCase;
import dev.conveyor.application.webhooks.port.in.RedeliverWebhookUseCase;
import dev.conveyor.application.webhooks.port.in.RegisterWebhookUseCase;
import dev.conveyor.application.webhooks.port.out.WebhookSenderPort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import java.util.concurrent.ThreadLocalRandom;

/** Outbound webhooks: endpoints administrators register, and the signed delivery of events to them. */
public final class WebhookServices {

    private final RegisterWebhookUseCase register;
    private final ListWebhooksQuery list;
    private final ChangeWebhookUseCase change;
    private final ListWebhookAttemptsQuery attempts;
    private final RedeliverWebhookUseCase redeliver;
    private final DueWebhooksQuery due;
    private final DeliverWebhooksUseCase deliver;
    private final PurgeWebhookDeliveriesUseCase purge;

    public WebhookServices(SharedServices shared, WebhookStorePort store, WebhookSenderPort sender,
                           WebhookSettings settings) {
        var clock = shared.clock();
        var transactions = shared.ports().transactions();
        var webhooks = new Webhooks(store);
        var backoff = new Backoff(settings.firstRetry(), settings.maxRetry(),
                () -> ThreadLocalRandom.current().nextDouble());
        register = new RegisterWebhookService(store, sender, clock);
        list = new ListWebhooksService(store);
        change = new ChangeWebhookService(webhooks, store, transactions);
        attempts = new ListWebhookAttemptsService(webhooks, store);
        redeliver = new RedeliverWebhookService(webhooks, store, transactions, clock);
        due = new DueWebhooksService(store, clock);
        deliver = new DeliverWebhooksService(store, sender, transactions, shared.events(), settings, backoff, clock);
        purge = new PurgeWebhookDeliveriesService(store, transactions, settings.retention(), clock);
    }

    public RegisterWebhookUseCase register() {
        return register;
    }

    public ListWebhooksQuery list() {
        return list;
    }

    public ChangeWebhookUseCase change() {
        return change;
    }

    public ListWebhookAttemptsQuery attempts() {
        return attempts;
    }

    public RedeliverWebhookUseCase redeliver() {
        return redeliver;
    }

    public DueWebhooksQuery due() {
        return due;
    }

    public DeliverWebhooksUseCase deliver() {
        return deliver;
    }

    public PurgeWebhookDeliveriesUseCase purge() {
        return purge;
    }
}
