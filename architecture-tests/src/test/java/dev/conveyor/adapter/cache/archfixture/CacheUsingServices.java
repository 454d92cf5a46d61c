package dev.conveyor.adapter.cache.archfixture;

import dev.conveyor.application.ordering.service.OrderingServices;

/** An adapter reaching past the ports into the services. */
public class CacheUsingServices {

    public Object placeOrder(OrderingServices services) {
        return services.placeOrder();
    }
}
