package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.seller.port.in.GetSellerStatsQuery;
import dev.conveyor.application.seller.port.in.ListSellerOrdersQuery;
import dev.conveyor.application.seller.port.out.SellerOrdersPort;
import dev.conveyor.application.seller.service.SellerServices;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The sellers' views as beans. */
@Factory
public class SellerFactory {

    @Singleton
    SellerServices sellerServices(SharedServices shared, SellerOrdersPort sellerOrders) {
        return new SellerServices(shared, sellerOrders);
    }

    @Singleton
    ListSellerOrdersQuery listSellerOrders(SellerServices sellers) {
        return sellers.listSellerOrders();
    }

    @Singleton
    GetSellerStatsQuery sellerStats(SellerServices sellers) {
        return sellers.sellerStats();
    }
}
