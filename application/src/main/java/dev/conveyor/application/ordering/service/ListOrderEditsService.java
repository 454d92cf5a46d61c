package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.ListOrderEditsQuery;
import dev.conveyor.application.ordering.port.out.OrderEditRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

final class ListOrderEditsService implements ListOrderEditsQuery {

    private final OrderEditRepositoryPort history;
    private final OrderAccess access;

    ListOrderEditsService(OrderEditRepositoryPort history, OrderAccess access) {
        this.history = history;
        this.access = access;
    }

    @Override
    public Edits list(Actor actor, OrderId orderId, PageRequest page) {
        Order order = access.load(actor, orderId);
        boolean seller = access.isSellerOnly(actor, order);
        List<OrderEdit> all = history.findByOrder(orderId);
        if (seller) {
            // another seller's products are not theirs to see, nor the order's totals
            all = all.stream().map(edit -> edit.ofSeller(actor.userId()))
                    .filter(edit -> !edit.changes().isEmpty()).toList();
        }
        int from = (int) Math.min(page.offset(), all.size());
        return new Edits(Page.of(all.subList(from, Math.min(all.size(), from + page.size())), page, all.size()),
                seller);
    }
}
