package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.inmemory.event.InMemoryEventLogAdapter;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Return;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Returns on the in-memory adapters, and the events they append. */
@MicronautTest(environments = "memory", startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class InMemoryReturnsTest extends ReturnUseCaseContract {

    @Inject InMemoryEventLogAdapter eventLog;

    @Test
    void eachStepAppendsAReturnEventScopedToTheCustomerAndTheSellersOfItsLines() {
        OrderId order = threeMugsDelivered();
        int start = eventLog.events().size();

        Return rma = open(customer, order, 1);
        approveReturn.approve(staff, rma.id());
        cancelReturn.cancel(customer, rma.id());

        List<DomainEvent> events = eventLog.events().stream().skip(start).map(e -> e.event()).toList();
        assertEquals(List.of("return:requested", "return:approved", "return:cancelled"),
                events.stream().map(DomainEvent::type).toList());
        DomainEvent requested = events.get(0);
        assertEquals("return", requested.aggregateType());
        assertEquals(customer.userId().value(), requested.customerId());
        assertEquals(Set.of(seller.userId().value()), requested.sellerIds());
        assertEquals(order.value(), requested.orderId());
        Map<?, ?> payload = (Map<?, ?>) requested.payload().get("return");
        assertEquals(rma.number().value(), payload.get("number"));
        assertEquals("REQUESTED", payload.get("status"));
        assertEquals("CANCELLED", ((Map<?, ?>) events.get(2).payload().get("return")).get("status"));
    }
}
