package dev.conveyor.bootstrap.wiring;

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
import dev.conveyor.application.returns.service.ReturnServices;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Returns (RMA): their use cases as beans. */
@Factory
public class ReturnsFactory {

    @Singleton
    ReturnServices returnServices(SharedServices shared, ReturnRepositoryPort returns, ListDeliveriesQuery deliveries,
                                  AdjustStockUseCase adjustStock, RefundOrderUseCase refundOrder,
                                  @Value("${conveyor.returns.window:30d}") Duration window) {
        return new ReturnServices(shared, returns, deliveries, adjustStock, refundOrder, window);
    }

    @Singleton
    OpenReturnUseCase openReturn(ReturnServices returns) {
        return returns.open();
    }

    @Singleton
    ApproveReturnUseCase approveReturn(ReturnServices returns) {
        return returns.approve();
    }

    @Singleton
    RejectReturnUseCase rejectReturn(ReturnServices returns) {
        return returns.reject();
    }

    @Singleton
    CancelReturnUseCase cancelReturn(ReturnServices returns) {
        return returns.cancel();
    }

    @Singleton
    ReceiveReturnUseCase receiveReturn(ReturnServices returns) {
        return returns.receive();
    }

    @Singleton
    RefundReturnUseCase refundReturn(ReturnServices returns) {
        return returns.refund();
    }

    @Singleton
    GetReturnQuery getReturn(ReturnServices returns) {
        return returns.get();
    }

    @Singleton
    ListOrderReturnsQuery orderReturns(ReturnServices returns) {
        return returns.listByOrder();
    }

    @Singleton
    ListReturnsQuery returns(ReturnServices returns) {
        return returns.list();
    }
}
