package dev.conveyor.application.events.port.in;

import java.util.List;

public interface RunConsumersUseCase {

    /**
     * Lets every durable consumer that no other runner holds, is not paused and is not waiting for a retry
     * handle what the log holds after its position (in bounded batches).
     *
     * @return what each consumer did, in the order they ran
     */
    List<ConsumerRun> runAll();

    /** The durable consumers' names, in the order {@link #runAll()} runs them. */
    List<String> consumers();

    /**
     * {@link #runAll()} for one consumer, so that consumers may run side by side: a slow one (rendering
     * e-mails) then holds back no other (webhooks, the event bus).
     *
     * @throws IllegalArgumentException when no consumer has that name
     */
    ConsumerRun run(String consumer);

    /**
     * @param handled       events handled (their positions committed)
     * @param failures      failed attempts
     * @param deadLettered  events given up on
     */
    record ConsumerRun(String consumer, int handled, int failures, int deadLettered) {
    }
}
