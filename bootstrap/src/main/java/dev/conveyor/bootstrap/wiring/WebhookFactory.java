package dev.conveyor.bootstrap.wiring;

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
import dev.conveyor.application.webhooks.service.WebhookServices;
import dev.conveyor.application.webhooks.service.WebhookSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Outbound webhooks: their use cases as beans, from the selected store and the HTTP sender. */
@Factory
public class WebhookFactory {

    @Singleton
    WebhookSettings webhookSettings(@Value("${conveyor.webhooks.first-retry:10s}") Duration firstRetry,
                                    @Value("${conveyor.webhooks.max-retry:1h}") Duration maxRetry,
                                    @Value("${conveyor.webhooks.retry-for:24h}") Duration retryFor,
                                    @Value("${conveyor.webhooks.max-per-run:100}") int maxPerRun,
                                    @Value("${conveyor.webhooks.max-run-time:1s}") Duration maxRunTime,
                                    @Value("${conveyor.webhooks.retention:30d}") Duration retention) {
        return new WebhookSettings(firstRetry, maxRetry, retryFor, maxPerRun, maxRunTime, retention);
    }

    @Singleton
    WebhookServices webhookServices(SharedServices shared, WebhookStorePort store, WebhookSenderPort sender,
                                    WebhookSettings settings) {
        return new WebhookServices(shared, store, sender, settings);
    }

    @Singleton
    RegisterWebhookUseCase registerWebhook(WebhookServices webhooks) {
        return webhooks.register();
    }

    @Singleton
    ListWebhooksQuery listWebhooks(WebhookServices webhooks) {
        return webhooks.list();
    }

    @Singleton
    ChangeWebhookUseCase changeWebhook(WebhookServices webhooks) {
        return webhooks.change();
    }

    @Singleton
    ListWebhookAttemptsQuery webhookAttempts(WebhookServices webhooks) {
        return webhooks.attempts();
    }

    @Singleton
    RedeliverWebhookUseCase redeliverWebhook(WebhookServices webhooks) {
        return webhooks.redeliver();
    }

    @Singleton
    DueWebhooksQuery dueWebhooks(WebhookServices webhooks) {
        return webhooks.due();
    }

    @Singleton
    DeliverWebhooksUseCase deliverWebhooks(WebhookServices webhooks) {
        return webhooks.deliver();
    }

    @Singleton
    PurgeWebhookDeliveriesUseCase purgeWebhookDeliveries(WebhookServices webhooks) {
        return webhooks.purge();
    }
}
