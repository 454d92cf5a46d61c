package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.inmemory.event.InMemoryEventLogAdapter;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.Line;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Refunds and credit notes on the in-memory adapters, and the event a credit note appends. */
@MicronautTest(environments = "memory", startApplication = false, transactional = false)
@Property(name = "test.clock", value = "manual")
@Property(name = "conveyor.orders.confirmation-job.enabled", value = "false")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret",
        value = "use-case-tests-secret-at-least-32-characters-long")
class InMemoryRefundsTest extends RefundUseCaseContract {

    @Inject InMemoryEventLogAdapter eventLog;

    @Test
    void aCreditNoteIsIssuedWithItsRefundsAndScopedToTheSellersOfItsLines() {
        OrderId order = confirmedOrder();
        pay(order, 6600, null);
        int start = eventLog.events().size();

        CreditNote note = refund(order, lines(new Line(1, 1)));

        List<DomainEvent> events = eventLog.events().stream().skip(start).map(e -> e.event()).toList();
        assertEquals(List.of("payment:refunded", "order:payment-updated", "credit-note:issued"),
                events.stream().map(DomainEvent::type).toList());
        DomainEvent issued = events.get(2);
        assertEquals(customer.userId().value(), issued.customerId());
        assertEquals(Set.of(seller.userId().value()), issued.sellerIds());
        assertEquals(order.value(), issued.orderId());
        Map<?, ?> payload = (Map<?, ?>) issued.payload().get("creditNote");
        assertEquals(note.number().value(), payload.get("number"));
        assertEquals(1250L, ((Number) payload.get("totalMinor")).longValue());
    }
}
