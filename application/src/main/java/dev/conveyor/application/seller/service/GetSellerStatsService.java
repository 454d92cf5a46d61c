package dev.conveyor.application.seller.service;

import dev.conveyor.application.seller.port.in.GetSellerStatsQuery;
import dev.conveyor.application.seller.port.out.SellerOrdersPort.LineCounts;
import dev.conveyor.application.seller.port.out.SellerOrdersPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.user.Role;
import java.util.EnumMap;
import java.util.Map;

final class GetSellerStatsService implements GetSellerStatsQuery {

    private final SellerOrdersPort sellerOrders;

    GetSellerStatsService(SellerOrdersPort sellerOrders) {
        this.sellerOrders = sellerOrders;
    }

    @Override
    public SellerStats stats(Actor actor) {
        actor.requireRole(Role.SELLER);
        LineCounts counts = sellerOrders.countLines(actor.userId());
        Map<LineStage, Long> lines = new EnumMap<>(LineStage.class);
        for (LineStage stage : LineStage.values()) {
            lines.put(stage, counts.lines().getOrDefault(stage, 0L));
        }
        return new SellerStats(counts.orders(), lines);
    }
}
