package dev.conveyor.application.archive.service.archfixture;

import dev.conveyor.application.ordering.service.OrderingServices;

/** A feature's service reaching into another feature's services instead of its in-ports. */
public class ArchiveReachingIntoOrdering {

    public Object placeOrder(OrderingServices ordering) {
        return ordering.placeOrder();
    }
}
