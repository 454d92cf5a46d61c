package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.port.in.GetSellerStatsQuery;
import dev.conveyor.application.port.in.ListSellerOrdersQuery;
import dev.conveyor.application.port.out.SellerOrdersPort;
import dev.conveyor.application.service.CorePorts;
import dev.conveyor.application.service.SellerServices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The sellers' views as beans. */
@Factory
public class SellerFactory {

    @Singleton
    SellerServices sellerServices(CorePorts ports, SellerOrdersPort sellerOrders, Clock clock) {
        return new SellerServices(ports, sellerOrders, clock);
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
