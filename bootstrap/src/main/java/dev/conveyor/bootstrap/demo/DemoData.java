package dev.conveyor.bootstrap.demo;

import dev.conveyor.application.accounts.port.in.BootstrapAdminUseCase;
import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.fulfilment.port.out.DocumentNumberPort;
import dev.conveyor.application.fulfilment.service.FulfilmentServices;
import dev.conveyor.application.ordering.port.out.OrderEditRepositoryPort;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.ordering.service.OrderingServices;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import dev.conveyor.application.payments.service.PaymentServices;
import dev.conveyor.application.pricing.service.PricingServices;
import dev.conveyor.application.shared.service.SharedPorts;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code conveyor.demo.enabled=true} ({@code CONVEYOR_DEMO=true}): seeds the demo shop at start-up, before the
 * server listens, so a second instance started after the first is ready finds it there. The orders' steps
 * run through the same use cases as the server's own, assembled once more on a clock that tells the last
 * ten days; accounts, the catalogue (with its pictures) and pricing go through the server's own beans.
 */
@Singleton
@Requires(property = "conveyor.demo.enabled", value = "true")
public class DemoData implements ApplicationEventListener<StartupEvent> {

    private final DemoShop shop;
    private final Clock clock;

    DemoData(SharedPorts ports, OrderNumberPort orderNumbers, OrderEditRepositoryPort orderEdits,
             DeliveryRepositoryPort deliveries,
             DocumentNumberPort documentNumbers, PaymentAttemptPort paymentAttempts, List<PaymentGatewayPort> gateways,
             CreateProductUseCase createProduct, AddProductImageUseCase addProductImage, PricingServices pricing,
             BootstrapAdminUseCase bootstrapAdmin, SignUpUseCase signUp, ChangeUserRoleUseCase changeRole,
             ListProductsQuery listProducts, Clock clock,
             @Property(name = "conveyor.orders.cancellation-window", defaultValue = "60s") Duration cancellationWindow,
             @Property(name = "conveyor.orders.idempotency-retention", defaultValue = "24h") Duration idempotency) {
        this.clock = clock;
        DemoClock history = new DemoClock(clock.instant());
        SharedServices shared = new SharedServices(ports, idempotency, history);
        FulfilmentServices fulfilment = new FulfilmentServices(shared, deliveries, documentNumbers);
        PaymentServices payments = new PaymentServices(shared, paymentAttempts, gateways);
        OrderingServices ordering = new OrderingServices(shared, orderNumbers, orderEdits, pricing.priceOrder(),
                pricing.priceOrderEdit(), pricing.claimCoupon(), cancellationWindow, List.of(fulfilment.cancellationHooks(),
                        payments.cancellationHooks(), pricing.cancellationHooks()));
        shop = new DemoShop(new DemoShop.UseCases(bootstrapAdmin, signUp, changeRole, createProduct,
                addProductImage, listProducts, ordering.placeOrder(), ordering.confirmDueOrders(),
                ordering.cancelOrder(), ordering.changeOrderStatus(), fulfilment.createDelivery(), fulfilment.changeDeliveryStatus(),
                fulfilment.generateInvoice(), payments.recordPayment(), payments.refundPayment()),
                history, cancellationWindow);
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        shop.seed(clock.instant());
    }
}
