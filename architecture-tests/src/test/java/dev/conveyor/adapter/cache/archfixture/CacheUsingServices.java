package dev.conveyor.adapter.cache.archfixture;

import dev.conveyor.application.service.CoreServices;

/** An adapter reaching past the ports into the services. */
public class CacheUsingServices {

    public Object placeOrder(CoreServices services) {
        return services.placeOrder();
    }
}
