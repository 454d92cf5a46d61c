package dev.conveyor.adapter.rest.order;

import java.time.Duration;

/** No placement slot of this instance came free within the wait ({@link PlacementLimit}): nothing was done. */
public final class PlacementBusyException extends RuntimeException {

    PlacementBusyException(int concurrency, Duration wait) {
        super("the server is placing " + concurrency + " orders and more are waiting: none came free within "
                + wait.toMillis() + " ms; nothing was done, retry later", null, false, false);
    }
}
