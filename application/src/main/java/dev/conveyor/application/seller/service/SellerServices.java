package dev.conveyor.application.seller.service;

import dev.conveyor.application.seller.port.in.GetSellerStatsQuery;
import dev.conveyor.application.seller.port.in.ListSellerOrdersQuery;
import dev.conveyor.application.seller.port.out.SellerOrdersPort;
import dev.conveyor.application.shared.service.SharedServices;

/** What sellers see of the orders holding their products, in plain Java. */
public final class SellerServices {

    private final ListSellerOrdersQuery listSellerOrders;
    private final GetSellerStatsQuery sellerStats;

    public SellerServices(SharedServices shared, SellerOrdersPort sellerOrders) {
        listSellerOrders = new ListSellerOrdersService(sellerOrders, shared.orderAccess());
        sellerStats = new GetSellerStatsService(sellerOrders);
    }

    public ListSellerOrdersQuery listSellerOrders() {
        return listSellerOrders;
    }

    public GetSellerStatsQuery sellerStats() {
        return sellerStats;
    }
}
