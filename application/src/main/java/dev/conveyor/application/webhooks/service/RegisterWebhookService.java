package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.webhooks.port.in.RegisterWebhookUseCase;
import dev.conveyor.application.webhooks.port.in.WebhookView;
import dev.conveyor.application.webhooks.port.out.WebhookSenderPort;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import dev.conveyor.domain.shared.Ids;
import dev.conveyor.domain.user.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

final class RegisterWebhookService implements RegisterWebhookUseCase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStorePort store;
    private final WebhookSenderPort sender;
    private final Clock clock;

    RegisterWebhookService(WebhookStorePort store, WebhookSenderPort sender, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public RegisteredWebhook register(Actor actor, RegisterWebhookCommand command) {
        actor.requireRole(Role.ADMIN);
        sender.checkTarget(command.url());
        Webhook webhook = new Webhook(Ids.newId(), command.url(), command.eventTypes().types(), newSecret(), true,
                null, clock.instant());
        store.add(webhook);
        return new RegisteredWebhook(WebhookView.of(webhook), webhook.secret());
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
