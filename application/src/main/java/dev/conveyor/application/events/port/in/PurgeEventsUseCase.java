package dev.conveyor.application.events.port.in;

public interface PurgeEventsUseCase {

    /**
     * Deletes events older than the retention period. A client resuming from a deleted position is told to
     * reload its state ({@code resync-required}).
     *
     * @return how many were deleted
     */
    int purge();
}
