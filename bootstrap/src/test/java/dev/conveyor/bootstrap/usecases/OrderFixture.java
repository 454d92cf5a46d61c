package dev.conveyor.bootstrap.usecases;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * Who the order contracts start with: staff, a customer, a seller of mugs (12.50 EUR, 10 in stock) and
 * another seller. A contract adds its other products in a {@code @BeforeEach} of its own, which JUnit runs
 * after this one.
 */
abstract class OrderFixture {

    @Inject Shop shop;

    Actor staff;
    Actor seller;
    Actor otherSeller;
    Actor customer;
    Product mug;

    @BeforeEach
    void people() {
        staff = shop.user(Role.STAFF);
        seller = shop.user(Role.SELLER);
        otherSeller = shop.user(Role.SELLER);
        customer = shop.customer();
        mug = shop.product(seller, 10, 1250, "EUR");
    }

    Stock stockOf(Product product) {
        return shop.reload(product).stock();
    }

    static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }
}
