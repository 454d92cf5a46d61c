package dev.conveyor.application.events.port.in;

public interface PublishEventsUseCase {

    /**
     * Numbers the events committed since the last run and, when there are new ones, tells every instance
     * how far the log now reaches. Runs after local commits and on a short schedule (for commits whose
     * nudge was lost, e.g. when the instance stopped right after a commit).
     *
     * @return the highest position handed out so far
     */
    long publish();
}
