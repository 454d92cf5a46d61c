package dev.conveyor.application.webhooks.port.in;

public interface PurgeWebhookDeliveriesUseCase {

    /**
     * Deletes deliveries delivered longer than the retention period ago, with their attempts, in small
     * transactions. Pending and failed deliveries stay.
     *
     * @return how many deliveries were deleted
     */
    int purge();
}
