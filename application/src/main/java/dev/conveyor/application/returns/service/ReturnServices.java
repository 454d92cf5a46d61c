package dev.conveyor.application.returns.service;

import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.returns.port.in.ApproveReturnUseCase;
import dev.conveyor.application.returns.port.in.CancelReturnUseCase;
import dev.conveyor.application.returns.port.in.GetReturnQuery;
import dev.conveyor.application.returns.port.in.ListOrderReturnsQuery;
import dev.conveyor.application.returns.port.in.ListReturnsQuery;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase;
import dev.conveyor.application.returns.port.in.ReceiveReturnUseCase;
import dev.conveyor.application.returns.port.in.RefundReturnUseCase;
import dev.conveyor.application.returns.port.in.RejectReturnUseCase;
import dev.conveyor.application.returns.port.out.ReturnRepositoryPort;
import dev.conveyor.application.shared.service.SharedServices;
import java.time.Clock;
import java.time.Duration;

/** The returns feature's use cases over their ports. */
public final class ReturnServices {

    private final OpenReturnUseCase open;
    private final ApproveReturnUseCase approve;
    private final RejectReturnUseCase reject;
    private final CancelReturnUseCase cancel;
    private final ReceiveReturnUseCase receive;
    private final RefundReturnUseCase refund;
    private final ReturnQueries queries;

    /** @param window how long after its last delivery a customer may open a return for an order */
    public ReturnServices(SharedServices shared, ReturnRepositoryPort returns, ListDeliveriesQuery deliveries,
                          AdjustStockUseCase adjustStock, RefundOrderUseCase refundOrder, Duration window) {
        Clock clock = shared.clock();
        ReturnTransitions transitions = new ReturnTransitions(returns, shared.ports().transactions(),
                shared.events());
        this.open = new OpenReturnService(shared.ports().orders(), shared.orderAccess(), deliveries, returns,
                shared.idempotent(), shared.events(), clock, window);
        this.approve = new ApproveReturnService(transitions, clock);
        this.reject = new RejectReturnService(transitions, clock);
        this.cancel = new CancelReturnService(transitions, clock);
        this.receive = new ReceiveReturnService(transitions, adjustStock, clock);
        this.refund = new RefundReturnService(transitions, refundOrder, clock);
        this.queries = new ReturnQueries(returns, shared.orderAccess());
    }

    public OpenReturnUseCase open() {
        return open;
    }

    public ApproveReturnUseCase approve() {
        return approve;
    }

    public RejectReturnUseCase reject() {
        return reject;
    }

    public CancelReturnUseCase cancel() {
        return cancel;
    }

    public ReceiveReturnUseCase receive() {
        return receive;
    }

    public RefundReturnUseCase refund() {
        return refund;
    }

    public GetReturnQuery get() {
        return queries;
    }

    public ListOrderReturnsQuery listByOrder() {
        return queries;
    }

    public ListReturnsQuery list() {
        return queries;
    }
}
