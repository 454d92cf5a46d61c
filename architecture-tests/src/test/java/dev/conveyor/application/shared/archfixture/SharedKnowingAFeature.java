package dev.conveyor.application.shared.archfixture;

import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;

/** The shared package depending on a feature, which every feature depends on: a cycle waiting to happen. */
public class SharedKnowingAFeature {

    public Object place(PlaceOrderUseCase placeOrder) {
        return placeOrder;
    }
}
