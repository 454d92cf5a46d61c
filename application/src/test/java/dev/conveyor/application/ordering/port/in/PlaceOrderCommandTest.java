package dev.conveyor.application.ordering.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceOrderCommandTest {

    private static final ProductId MUG = new ProductId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final ProductId TEA = new ProductId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
    private static final Address ADDRESS = Address.of("shippingAddress", "Ada", "1 Way", null, "London", null,
            "N1", "GB");

    private static PlaceOrderCommand.Line line(ProductId product, int quantity) {
        return new PlaceOrderCommand.Line(product, quantity);
    }

    private static String fieldRefusing(List<PlaceOrderCommand.Line> lines, Address address, String notes) {
        return assertThrows(InvalidInputException.class, () -> new PlaceOrderCommand(lines, address, notes)).field();
    }

    @Test
    void fingerprintsOfDifferentRequestsDifferEvenWhenTheirTextsConcatenateAlike() {
        Address tricky = Address.of("shippingAddress", "Ada", "1 Way", null, "London", null, "N1, country=GB]|x",
                "GB");
        var a = new PlaceOrderCommand(List.of(line(MUG, 1)), tricky, "y");
        var b = new PlaceOrderCommand(List.of(line(MUG, 1)), ADDRESS, "x, country=GB]|y");
        assertNotEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(new PlaceOrderCommand(List.of(line(MUG, 11)), ADDRESS, null).fingerprint(),
                new PlaceOrderCommand(List.of(line(MUG, 1)), ADDRESS, "1").fingerprint());
        assertEquals(a.fingerprint(), new PlaceOrderCommand(List.of(line(MUG, 1)), tricky, "y").fingerprint());
    }

    @Test
    void aValidCommandKeepsItsLinesInOrder() {
        PlaceOrderCommand command = new PlaceOrderCommand(List.of(line(TEA, 2), line(MUG, 1)), ADDRESS, " fragile ");

        assertEquals(List.of(line(TEA, 2), line(MUG, 1)), command.lines());
        assertEquals(ADDRESS, command.shippingAddress());
        assertEquals("fragile", command.notes());
    }

    @Test
    void theCommandOwnsAnUnmodifiableCopyOfTheLines() {
        List<PlaceOrderCommand.Line> lines = new ArrayList<>(List.of(line(MUG, 1)));
        PlaceOrderCommand command = new PlaceOrderCommand(lines, ADDRESS, null);

        lines.add(line(TEA, 1));

        assertEquals(1, command.lines().size());
        assertThrows(UnsupportedOperationException.class, () -> command.lines().add(line(TEA, 1)));
    }

    @Test
    void missingOrEmptyLinesAreRefused() {
        assertEquals("lines", fieldRefusing(null, ADDRESS, null));
        assertEquals("lines", fieldRefusing(List.of(), ADDRESS, null));
    }

    @Test
    void atMostMaxLinesAreAccepted() {
        List<PlaceOrderCommand.Line> max = Collections.nCopies(Order.MAX_LINES, line(MUG, 1));
        assertEquals(Order.MAX_LINES, new PlaceOrderCommand(max, ADDRESS, null).lines().size());

        List<PlaceOrderCommand.Line> tooMany = Collections.nCopies(Order.MAX_LINES + 1, line(MUG, 1));
        assertEquals("lines", fieldRefusing(tooMany, ADDRESS, null));
    }

    @Test
    void aMissingLineIsNamedByItsIndex() {
        assertEquals("lines[1]", fieldRefusing(Arrays.asList(line(MUG, 1), null), ADDRESS, null));
    }

    @Test
    void aLineWithoutProductIsNamedByItsIndex() {
        assertEquals("lines[2].productId", fieldRefusing(List.of(line(MUG, 1), line(TEA, 1), line(null, 1)),
                ADDRESS, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, Order.MAX_QUANTITY_PER_LINE + 1})
    void quantitiesOutsideTheBoundsAreNamedByIndex(int quantity) {
        assertEquals("lines[1].quantity", fieldRefusing(List.of(line(MUG, 1), line(TEA, quantity)), ADDRESS, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, Order.MAX_QUANTITY_PER_LINE})
    void quantitiesAtTheBoundsAreAccepted(int quantity) {
        assertEquals(quantity, new PlaceOrderCommand(List.of(line(MUG, quantity)), ADDRESS, null).lines().get(0)
                .quantity());
    }

    @Test
    void theShippingAddressIsRequired() {
        assertEquals("shippingAddress", fieldRefusing(List.of(line(MUG, 1)), null, null));
    }

    @Test
    void notesAreOptionalAndLimited() {
        assertNull(new PlaceOrderCommand(List.of(line(MUG, 1)), ADDRESS, "   ").notes());
        String longest = "n".repeat(Order.MAX_NOTES);
        assertEquals(longest, new PlaceOrderCommand(List.of(line(MUG, 1)), ADDRESS, longest).notes());

        assertEquals("notes", fieldRefusing(List.of(line(MUG, 1)), ADDRESS, longest + "n"));
    }

    @Test
    void equalRequestsHaveEqualFingerprints() {
        PlaceOrderCommand first = new PlaceOrderCommand(List.of(line(MUG, 2), line(TEA, 1)), ADDRESS, "x");
        PlaceOrderCommand retry = new PlaceOrderCommand(new ArrayList<>(List.of(line(MUG, 2), line(TEA, 1))),
                Address.of("shippingAddress", " Ada ", "1 Way", "", "London", null, "N1", "gb"), " x ");

        assertEquals(first.fingerprint(), retry.fingerprint());
    }

    @Test
    void requestsThatDifferInAnyPartHaveDifferentFingerprints() {
        List<PlaceOrderCommand.Line> lines = List.of(line(MUG, 2), line(TEA, 1));
        String base = new PlaceOrderCommand(lines, ADDRESS, "x").fingerprint();
        List<PlaceOrderCommand> variants = List.of(
                new PlaceOrderCommand(List.of(line(MUG, 3), line(TEA, 1)), ADDRESS, "x"),
                new PlaceOrderCommand(List.of(line(TEA, 1), line(MUG, 2)), ADDRESS, "x"),
                new PlaceOrderCommand(List.of(line(MUG, 2)), ADDRESS, "x"),
                new PlaceOrderCommand(lines, Address.of("shippingAddress", "Ada", "2 Way", null, "London", null,
                        "N1", "GB"), "x"),
                new PlaceOrderCommand(lines, ADDRESS, "y"),
                new PlaceOrderCommand(lines, ADDRESS, null));

        IntStream.range(0, variants.size())
                .forEach(i -> assertNotEquals(base, variants.get(i).fingerprint(), "variant " + i));
    }
}
