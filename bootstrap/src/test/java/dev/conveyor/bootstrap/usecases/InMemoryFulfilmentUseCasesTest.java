package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.event.InMemoryEventLogAdapter.LoggedEvent;
import dev.conveyor.adapter.inmemory.event.InMemoryEventLogAdapter;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase.RefundCommand;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentId;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fulfilment use cases on the in-memory adapters, and what they append to
 * the event log (read back from the in-memory log).
 */
@MicronautTest(environments = "memory", startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class InMemoryFulfilmentUseCasesTest extends FulfilmentUseCaseContract {

    @Inject InMemoryEventLogAdapter eventLog;

    private List<LoggedEvent> since(int position) {
        return eventLog.events().stream().filter(e -> e.position() > position).toList();
    }

    private static List<String> types(List<LoggedEvent> events) {
        return events.stream().map(e -> e.event().type()).toList();
    }

    @Test
    void everyStepOfFulfilmentAppendsItsEvents() {
        OrderId order = confirmedOrder();
        int start = eventLog.events().size();

        DeliveryView delivery = deliver(order, Map.of(1, 4, 2, 2));
        assertEquals(List.of("delivery:created", "order:updated"), types(since(start)));

        int created = eventLog.events().size();
        move(delivery, DeliveryStatus.SHIPPED);
        assertEquals(List.of("delivery:status-updated", "order:shipped", "order:updated", "order:progress-updated"),
                types(since(created)));
        move(delivery, DeliveryStatus.DELIVERED);

        int delivered = eventLog.events().size();
        var invoice = generateInvoice.generate(staff, new DeliveryId(delivery.id()), null).invoice();
        assertEquals(List.of("invoice:generated"), types(since(delivered)));

        int invoiced = eventLog.events().size();
        var payment = pay(order, 6600, invoice.id());
        List<LoggedEvent> paid = since(invoiced);
        assertEquals(List.of("payment:recorded", "invoice:paid", "order:payment-updated", "order:updated",
                "order:completed"), types(paid));
        DomainEvent completed = paid.get(3).event();
        assertEquals("COMPLETED", ((Map<?, ?>) completed.payload().get("order")).get("status"));
        assertEquals(customer.userId().value(), completed.customerId());
        assertTrue(completed.sellerIds().contains(seller.userId().value()));

        int settled = eventLog.events().size();
        refundPayment.refund(staff, new PaymentId(payment.payment().id()), new RefundCommand(eur(100), null), null);
        List<LoggedEvent> refunded = since(settled);
        assertEquals("payment:refunded", refunded.get(0).event().type());
        assertEquals(staff.userId().value(), refunded.get(0).metadata().actorId());
        assertEquals(staff.correlationId(), refunded.get(0).metadata().correlationId());
    }
}
