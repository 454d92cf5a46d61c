package dev.conveyor.adapter.rest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InputsTest {

    private static InvalidInputException refused(Runnable input) {
        return assertThrows(InvalidInputException.class, input::run);
    }

    @Test
    void uuidsAreRequiredAndValid() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Inputs.uuid("productId", " " + id + " "));
        assertEquals("productId", refused(() -> Inputs.uuid("productId", null)).field());
        assertEquals("productId must be a UUID", refused(() -> Inputs.uuid("productId", "42")).getMessage());
        assertNull(Inputs.optionalUuid("sellerId", " "));
    }

    @Test
    void enumsAcceptAnyCaseAndCamelCase() {
        assertEquals(ProductSearch.Sort.CREATED_AT, Inputs.enumValue("sort", "createdAt", ProductSearch.Sort.class));
        assertEquals(OrderStatus.PENDING, Inputs.enumValue("status", "pending", OrderStatus.class));
        InvalidInputException unknown = refused(() -> Inputs.enumValue("status", "SHIPPED", OrderStatus.class));
        assertEquals("status", unknown.field());
        assertEquals("status must be one of PENDING, CONFIRMED, PROCESSING, COMPLETED, CANCELLED",
                unknown.getMessage());
        assertNull(Inputs.optionalEnum("status", "", OrderStatus.class));
    }

    @Test
    void repeatedAndCommaSeparatedValuesAreOneSet() {
        assertEquals(EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.CANCELLED),
                Inputs.enumValues("status", List.of("PENDING,confirmed", "CANCELLED", ""), OrderStatus.class));
        assertEquals(EnumSet.noneOf(OrderStatus.class), Inputs.enumValues("status", null, OrderStatus.class));
        assertEquals("status", refused(() -> Inputs.enumValues("status", List.of("PENDING,NOPE"),
                OrderStatus.class)).field());
    }

    @Test
    void queryNumbersMustBeWhole() {
        assertEquals(7, Inputs.optionalInt("page", "7"));
        assertNull(Inputs.optionalInt("page", null));
        assertEquals("page must be a whole number", refused(() -> Inputs.optionalInt("page", "1.5")).getMessage());
        assertEquals(new PageRequest(2, 100), Inputs.page("2", "1000"));
        assertEquals("size", refused(() -> Inputs.page("0", "0")).field());
    }

    @Test
    void jsonNumbersMustBeWholeAndInRange() {
        assertEquals(3, Inputs.wholeInt("quantity", new BigDecimal("3.000")));
        assertEquals(0, Inputs.wholeInt("quantity", BigDecimal.ZERO));
        assertEquals(100, Inputs.wholeInt("quantity", new BigDecimal("1E+2")));
        assertEquals("quantity must be a whole number",
                refused(() -> Inputs.wholeInt("quantity", new BigDecimal("1.5"))).getMessage());
        assertEquals("quantity is out of range",
                refused(() -> Inputs.wholeInt("quantity", new BigDecimal("3000000000"))).getMessage());
        assertEquals("amountMinor is out of range",
                refused(() -> Inputs.wholeLong("amountMinor", new BigDecimal("1E+30"))).getMessage());
        assertEquals("quantity is required", refused(() -> Inputs.wholeInt("quantity", null)).getMessage());
        assertNull(Inputs.optionalWholeInt("lowStockThreshold", null));
    }

    @Test
    void nestedValidationIsReportedUnderTheObjectsPath() {
        InvalidInputException e = refused(() -> MoneyRequest.toMoney("price",
                new MoneyRequest(new BigDecimal(100), "euro")));

        assertEquals("price.currency", e.field());
        assertEquals("price.currency must be an ISO 4217 code such as EUR", e.getMessage());
        assertEquals("price", refused(() -> MoneyRequest.toMoney("price", null)).field());
        assertEquals("price.amountMinor", refused(() -> MoneyRequest.toMoney("price",
                new MoneyRequest(null, "EUR"))).field());
        assertEquals(Money.of(100, "EUR"), MoneyRequest.toMoney("price", new MoneyRequest(new BigDecimal(100), "EUR")));
    }

    @Test
    void addressesAreValidatedUnderTheirPath() {
        AddressRequest incomplete = new AddressRequest("Ann", "1 Main St", null, "Lyon", null, "69001", "France");

        assertEquals("shippingAddress.country", refused(() -> AddressRequest.toAddress("shippingAddress",
                incomplete)).field());
        assertEquals("shippingAddress", refused(() -> AddressRequest.toAddress("shippingAddress", null)).field());
        assertEquals("FR", AddressRequest.toAddress("address",
                new AddressRequest("Ann", "1 Main St", null, "Lyon", null, "69001", "fr")).country());
    }
}
