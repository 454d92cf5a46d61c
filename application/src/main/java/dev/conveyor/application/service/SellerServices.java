package dev.conveyor.application.service;

import dev.conveyor.application.port.in.GetSellerStatsQuery;
import dev.conveyor.application.port.in.ListSellerOrdersQuery;
import dev.conveyor.application.port.out.SellerOrdersPort;
import java.time.Clock;

/** What sellers see of the orders holding their products, in plain Java. */
public final class SellerServices {

    private final ListSellerOrdersQuery listSellerOrders;
    private final GetSellerStatsQuery sellerStats;

    public SellerServices(CorePorts ports, SellerOrdersPort sellerOrders, Clock clock) {
        listSellerOrders = new ListSellerOrdersService(sellerOrders, new OrderAccess(ports.orders(), clock));
        sellerStats = new GetSellerStatsService(sellerOrders);
    }

    public ListSellerOrdersQuery listSellerOrders() {
        return listSellerOrders;
    }

    public GetSellerStatsQuery sellerStats() {
        return sellerStats;
    }
}
