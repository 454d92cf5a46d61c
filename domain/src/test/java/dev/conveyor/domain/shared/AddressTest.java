package dev.conveyor.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTest {

    /** name, line1, line2, city, region, postalCode, country */
    private static final String[] VALID = {"Ada Lovelace", "12 Analytical Way", "Flat 3", "London", "Greater London",
            "N1 9GU", "GB"};
    private static final String[] FIELDS = {"name", "line1", "line2", "city", "region", "postalCode", "country"};
    private static final List<Function<Address, String>> PARTS = List.of(Address::name, Address::line1,
            Address::line2, Address::city, Address::region, Address::postalCode, Address::country);

    private static Address with(int index, String value) {
        String[] parts = Arrays.copyOf(VALID, VALID.length);
        parts[index] = value;
        return Address.of("shippingAddress", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
    }

    @Test
    void partsAreTrimmedAndTheCountryUpperCased() {
        Address address = Address.of("address", "  Ada Lovelace ", "12 Analytical Way", "", "London", " ",
                "N1 9GU", "gb");

        assertEquals(new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB"),
                address);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(nullValues = "NULL", value = {
            "0, NULL", "0, '  '",
            "1, NULL", "1, ''",
            "3, NULL", "3, ' '",
            "5, NULL", "5, ''",
            "6, NULL", "6, ''", "6, DEU", "6, D1", "6, 12", "6, Ü"})
    void aMissingOrMalformedPartIsNamedUnderThePrefix(int index, String value) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> with(index, value));

        assertEquals("shippingAddress." + FIELDS[index], refused.field());
    }

    @ParameterizedTest(name = "{0} longer than {1}")
    @CsvSource({"0, 200", "1, 200", "2, 200", "3, 100", "4, 100", "5, 20"})
    void overlongPartsAreNamedUnderThePrefix(int index, int max) {
        assertEquals("x".repeat(max), PARTS.get(index).apply(with(index, "x".repeat(max))));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> with(index, "x".repeat(max + 1)));

        assertEquals("shippingAddress." + FIELDS[index], refused.field());
    }
}
