package dev.conveyor.domain.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private final Cart cart = Cart.empty(UserId.newId(), T0);
    private final ProductId mug = ProductId.newId();
    private final ProductId tea = ProductId.newId();

    @Test
    void aNewCartIsEmptyAndNeverStored() {
        assertTrue(cart.isEmpty());
        assertEquals(0, cart.version());
        assertEquals(T0, cart.updatedAt());
    }

    @Test
    void addingAProductAgainAddsToItsLineWhichKeepsItsPlace() {
        cart.add(mug, 2, T0);
        cart.add(tea, 1, T0);
        cart.add(mug, 3, T1);

        assertEquals(List.of(mug, tea), cart.lines().stream().map(CartLine::productId).toList());
        assertEquals(5, cart.quantityOf(mug));
        assertEquals(T0, cart.lines().get(0).addedAt());
        assertEquals(T1, cart.updatedAt());
    }

    @Test
    void quantitiesStayWithinAnOrderLinesLimits() {
        assertEquals("quantity", assertThrows(InvalidInputException.class, () -> cart.add(mug, 0, T0)).field());
        assertEquals("quantity", assertThrows(InvalidInputException.class,
                () -> cart.add(mug, Cart.MAX_QUANTITY_PER_LINE + 1, T0)).field());
        cart.add(mug, Cart.MAX_QUANTITY_PER_LINE - 1, T0);
        assertThrows(InvalidInputException.class, () -> cart.add(mug, 2, T0));
        assertEquals(Cart.MAX_QUANTITY_PER_LINE - 1, cart.quantityOf(mug));
        assertThrows(InvalidInputException.class, () -> cart.changeQuantity(mug, -1, T0));
    }

    @Test
    void aCartHoldsAtMostAsManyProductsAsAnOrderHasLines() {
        for (int i = 0; i < Cart.MAX_LINES; i++) {
            cart.add(ProductId.newId(), 1, T0);
        }
        assertTrue(cart.isFull());

        assertEquals("CART_FULL", assertThrows(ConflictException.class, () -> cart.add(mug, 1, T0)).code());
        cart.add(cart.lines().get(0).productId(), 1, T0);
        assertEquals(2, cart.lines().get(0).quantity());
    }

    @Test
    void changingRemovingAndClearing() {
        cart.add(mug, 2, T0);
        cart.add(tea, 1, T0);

        cart.changeQuantity(mug, 7, T1);
        assertEquals(7, cart.quantityOf(mug));
        cart.remove(tea, T1);
        assertEquals(0, cart.quantityOf(tea));
        assertEquals("CART_LINE_NOT_FOUND",
                assertThrows(NotFoundException.class, () -> cart.remove(tea, T1)).code());
        assertEquals("CART_LINE_NOT_FOUND",
                assertThrows(NotFoundException.class, () -> cart.changeQuantity(tea, 1, T1)).code());
        cart.clear(T1);
        assertTrue(cart.isEmpty());
    }

    @Test
    void theLinesHandedOutAreACopy() {
        cart.add(mug, 1, T0);
        List<CartLine> lines = cart.lines();

        assertThrows(UnsupportedOperationException.class, lines::clear);
        cart.add(tea, 1, T0);
        assertEquals(1, lines.size());
    }
}
