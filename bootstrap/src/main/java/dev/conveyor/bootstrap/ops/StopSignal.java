package dev.conveyor.bootstrap.ops;

import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM (and Ctrl-C) start the stop here, before Micronaut's shutdown hook: the server's own stop drops every
 * WebSocket without a close frame (the client sees 1006) before any graceful step runs. So readiness turns DOWN
 * first, live WebSockets are closed with 1012 "service restart" and event streams end with a
 * {@code server-restart} event, both telling their clients to reconnect elsewhere and resume; then the JVM exits
 * as after any such signal (143, 130) and the shutdown hook stops the server gracefully.
 */
@Singleton
public class StopSignal {

    private static final Logger LOG = LoggerFactory.getLogger("conveyor");

    private final Draining draining;
    private final List<GracefulShutdownCapable> liveConnections;

    StopSignal(Draining draining, @Named("live-connections") List<GracefulShutdownCapable> liveConnections) {
        this.draining = draining;
        this.liveConnections = liveConnections;
    }

    /** Takes over SIGTERM and SIGINT of this process (the server started by {@code main}, not the tests'). */
    public void install() {
        handle("TERM", 143);
        handle("INT", 130);
    }

    /** What a stop signal does before the JVM's shutdown hooks run; tests call it before stopping a server. */
    public void beforeStop() {
        draining.shutdownGracefully();
        liveConnections.forEach(GracefulShutdownCapable::shutdownGracefully);
    }

    private void handle(String signal, int exitCode) {
        try {
            Signal.handle(new Signal(signal), received -> {
                beforeStop();
                System.exit(exitCode);
            });
        } catch (IllegalArgumentException unknownHere) {
            LOG.debug("no {} signal on this platform; live connections are dropped on stop", signal);
        }
    }
}
