package dev.conveyor.bootstrap.ops;

import dev.conveyor.adapter.rest.order.PlacementLimit;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * The order placement limit on {@code /prometheus}: placements waiting for their turn and running, the time they
 * waited and those refused. A queue that is rarely empty, or refusals, say the limit is too low for the load (or
 * the database too slow); the REST adapter has no Micrometer, so its counts are read from here.
 */
@Singleton
class PlacementLimitMetrics implements MeterBinder {

    private final PlacementLimit limit;

    PlacementLimitMetrics(PlacementLimit limit) {
        this.limit = limit;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("conveyor.orders.placement.waiting", limit, PlacementLimit::waiting)
                .description("Order placements waiting for their turn").register(registry);
        Gauge.builder("conveyor.orders.placement.running", limit, PlacementLimit::running)
                .description("Order placements running").register(registry);
        Gauge.builder("conveyor.orders.placement.limit", limit, PlacementLimit::concurrency)
                .description("Order placements that may run at once").register(registry);
        FunctionTimer.builder("conveyor.orders.placement.wait", limit, PlacementLimit::waits,
                        l -> l.waited().toNanos(), TimeUnit.NANOSECONDS)
                .description("Time order placements waited for their turn").register(registry);
        FunctionCounter.builder("conveyor.orders.placement.refused", limit, PlacementLimit::refused)
                .description("Order placements refused after waiting their whole turn (503 PLACEMENT_BUSY)")
                .register(registry);
    }
}
