package dev.conveyor.application.webhooks.port.in;

import java.util.List;
import java.util.UUID;

public interface DueWebhooksQuery {

    /** Active endpoints with a delivery due now, for the server's delivery workers. */
    List<UUID> due();
}
