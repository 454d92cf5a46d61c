package dev.conveyor.application.returns.service;

import dev.conveyor.application.returns.port.in.GetReturnQuery;
import dev.conveyor.application.returns.port.in.ListOrderReturnsQuery;
import dev.conveyor.application.returns.port.in.ListReturnsQuery;
import dev.conveyor.application.returns.port.out.ReturnRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.returns.ReturnStatus;
import dev.conveyor.domain.user.Role;
import java.util.List;

final class ReturnQueries implements GetReturnQuery, ListOrderReturnsQuery, ListReturnsQuery {

    private final ReturnRepositoryPort returns;
    private final OrderAccess orders;

    ReturnQueries(ReturnRepositoryPort returns, OrderAccess orders) {
        this.returns = returns;
        this.orders = orders;
    }

    @Override
    public Return get(Actor actor, ReturnId id) {
        return ReturnAccess.cut(actor, ReturnAccess.visible(actor, id, returns.findById(id)));
    }

    @Override
    public List<Return> list(Actor actor, OrderId orderId) {
        orders.load(actor, orderId);
        return returns.findByOrder(orderId).stream().filter(rma -> ReturnAccess.maySee(actor, rma))
                .map(rma -> ReturnAccess.cut(actor, rma)).toList();
    }

    @Override
    public Page<Return> list(Actor actor, ReturnStatus status, PageRequest page) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return Page.of(returns.findByStatus(status, page.offset(), page.size()), page, returns.countByStatus(status));
    }
}
