package dev.conveyor.bootstrap.ops;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Readiness while the server stops: DOWN from the moment the graceful shutdown begins, so that a load
 * balancer still asking over a kept-alive connection sends no new work here. Its last line says the stop
 * was orderly and how long draining took (an operator reading a container's log after a stop).
 */
@Singleton
public class Draining implements HealthIndicator, GracefulShutdownCapable, ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("conveyor");

    private volatile boolean draining;
    private volatile long drainingSince;

    @Override
    public synchronized CompletionStage<?> shutdownGracefully() {
        // the stop signal begins draining before the graceful shutdown, which calls this again
        if (!draining) {
            drainingSince = System.nanoTime();
            draining = true;
            LOG.info("Conveyor stopping: not ready, finishing the requests under way");
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        if (draining) {
            LOG.info("Conveyor stopped after draining for {} ms", (System.nanoTime() - drainingSince) / 1_000_000);
        } else {
            LOG.info("Conveyor stopped");
        }
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.just(HealthResult.builder("draining", draining ? HealthStatus.DOWN : HealthStatus.UP).build());
    }
}
