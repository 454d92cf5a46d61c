package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Webhook;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.util.UUID;

/** Finds an endpoint for an administrator. */
final class Webhooks {

    private final WebhookStorePort store;

    Webhooks(WebhookStorePort store) {
        this.store = store;
    }

    Webhook forAdmin(Actor actor, UUID id) {
        actor.requireRole(Role.ADMIN);
        return store.find(id).orElseThrow(() -> new NotFoundException("WEBHOOK_NOT_FOUND", "no webhook " + id));
    }
}
