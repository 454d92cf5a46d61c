package dev.conveyor.adapter.rest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PricingTerms;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlaceOrderRequestTest {

    private static final String PRODUCT = UUID.randomUUID().toString();
    private static final AddressRequest ADDRESS = new AddressRequest("Ann", "1 Main St", null, "Lyon", null, "69001",
            "FR");

    private static OrderLineRequest line(String productId, String quantity) {
        return new OrderLineRequest(productId, quantity == null ? null : new BigDecimal(quantity));
    }

    /** A request without pricing terms. */
    private static PlaceOrderRequest request(List<OrderLineRequest> lines, AddressRequest address, String notes) {
        return new PlaceOrderRequest(lines, address, notes, null, null, null);
    }

    private static String fieldOf(PlaceOrderRequest request) {
        return assertThrows(InvalidInputException.class, request::toCommand).field();
    }

    @Test
    void aCompleteRequestBecomesTheCommand() {
        PlaceOrderCommand command = request(List.of(line(PRODUCT, "2"), line(PRODUCT, "1")), ADDRESS,
                " gift ").toCommand();

        assertEquals(List.of(new PlaceOrderCommand.Line(new ProductId(UUID.fromString(PRODUCT)), 2),
                new PlaceOrderCommand.Line(new ProductId(UUID.fromString(PRODUCT)), 1)), command.lines());
        assertEquals("Lyon", command.shippingAddress().city());
        assertEquals("gift", command.notes());
    }

    @Test
    void theShippingMethodTheCouponAndTheExpectedTotalBecomeThePricingTerms() {
        PlaceOrderCommand command = new PlaceOrderRequest(List.of(line(PRODUCT, "1")), ADDRESS, null, PRODUCT,
                " SPRING10 ", new BigDecimal("4040")).toCommand();

        assertEquals(new PricingTerms(new ShippingMethodId(UUID.fromString(PRODUCT)), "SPRING10", 4040L),
                command.terms());
        assertEquals(PricingTerms.NONE, request(List.of(line(PRODUCT, "1")), ADDRESS, null)
                .toCommand().terms());
        assertEquals("shippingMethodId", fieldOf(new PlaceOrderRequest(List.of(line(PRODUCT, "1")), ADDRESS, null,
                "DHL", null, null)));
        assertEquals("expectedTotal", fieldOf(new PlaceOrderRequest(List.of(line(PRODUCT, "1")), ADDRESS, null,
                null, null, new BigDecimal("40.40"))));
        assertEquals("expectedTotal", fieldOf(new PlaceOrderRequest(List.of(line(PRODUCT, "1")), ADDRESS, null,
                null, null, new BigDecimal("-1"))));
    }

    @Test
    void everyMissingOrBadFieldIsNamedByItsJsonPath() {
        assertEquals("lines", fieldOf(request(null, ADDRESS, null)));
        assertEquals("lines", fieldOf(request(List.of(), ADDRESS, null)));
        assertEquals("lines[1]", fieldOf(request(Arrays.asList(line(PRODUCT, "1"), null), ADDRESS,
                null)));
        assertEquals("lines[0].productId", fieldOf(request(List.of(line(null, "1")), ADDRESS, null)));
        assertEquals("lines[0].productId", fieldOf(request(List.of(line("x", "1")), ADDRESS, null)));
        assertEquals("lines[1].quantity", fieldOf(request(List.of(line(PRODUCT, "1"),
                line(PRODUCT, null)), ADDRESS, null)));
        assertEquals("lines[0].quantity", fieldOf(request(List.of(line(PRODUCT, "0.5")), ADDRESS,
                null)));
        assertEquals("lines[0].quantity", fieldOf(request(List.of(line(PRODUCT, "10001")), ADDRESS,
                null)));
        assertEquals("shippingAddress", fieldOf(request(List.of(line(PRODUCT, "1")), null, null)));
        assertEquals("shippingAddress.postalCode", fieldOf(request(List.of(line(PRODUCT, "1")),
                new AddressRequest("Ann", "1 Main St", null, "Lyon", null, " ", "FR"), null)));
        assertEquals("notes", fieldOf(request(List.of(line(PRODUCT, "1")), ADDRESS,
                "n".repeat(2001))));
    }

    @Test
    void statusChangesNameTheStatusField() {
        assertEquals(OrderStatus.PROCESSING, new ChangeOrderStatusRequest("processing", null).toStatus());
        assertEquals("status", assertThrows(InvalidInputException.class,
                () -> new ChangeOrderStatusRequest(null, "why").toStatus()).field());
        assertEquals("status", assertThrows(InvalidInputException.class,
                () -> new ChangeOrderStatusRequest("DONE", null).toStatus()).field());
    }
}
