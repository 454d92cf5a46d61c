package dev.conveyor.application.seller.service;

import dev.conveyor.application.seller.port.in.ListSellerOrdersQuery;
import dev.conveyor.application.seller.port.out.SellerOrdersPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;

final class ListSellerOrdersService implements ListSellerOrdersQuery {

    private final SellerOrdersPort sellerOrders;
    private final OrderAccess access;

    ListSellerOrdersService(SellerOrdersPort sellerOrders, OrderAccess access) {
        this.sellerOrders = sellerOrders;
        this.access = access;
    }

    @Override
    public Page<OrderView> list(Actor actor, SellerOrdersFilter filter, PageRequest page) {
        actor.requireRole(Role.SELLER);
        UserId seller = actor.userId();
        return sellerOrders.findBySeller(seller, filter.statuses(), filter.stages(), page)
                .map(order -> OrderView.forSeller(order, seller, access.allowedTransitions(actor, order)));
    }
}
