package dev.conveyor.application.ordering.service;

import dev.conveyor.application.shared.LineRejectedException;
import dev.conveyor.application.shared.port.out.StockPort.Refused;
import dev.conveyor.domain.shared.DomainException;
import dev.conveyor.domain.shared.InvalidInputException;

/** Turns a refused reservation into the error the client sees. */
final class RefusalErrors {

    private RefusalErrors() {
    }

    static DomainException of(Refused refused, String field, int requested) {
        return switch (refused.reason()) {
            case NOT_FOUND -> new InvalidInputException(field, "there is no product " + refused.productId());
            case INACTIVE -> new LineRejectedException("PRODUCT_UNAVAILABLE", field, refused.productId().value(),
                    requested, 0, "product " + refused.productId() + " is no longer sold");
            case INSUFFICIENT_STOCK -> new LineRejectedException("OUT_OF_STOCK", field, refused.productId().value(),
                    requested, refused.available(), "only " + refused.available() + " of product "
                            + refused.productId() + " available, " + requested + " requested");
        };
    }
}
