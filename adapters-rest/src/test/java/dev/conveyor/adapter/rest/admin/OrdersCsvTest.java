package dev.conveyor.adapter.rest.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdersCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")",
            "+1 555|'+1 555",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)"})
    void textThatASpreadsheetWouldRunAsAFormulaIsMadeInert(String typed, String written) {
        assertEquals(written, OrdersCsv.text(typed));
    }

    @Test
    void leadingTabsAndCarriageReturnsAreMadeInertToo() {
        assertEquals("'\tcmd", OrdersCsv.text("\tcmd"));
        assertEquals("'\rcmd", OrdersCsv.text("\rcmd"));
    }

    @Test
    void ordinaryTextIsWrittenAsTyped() {
        assertEquals("Ana O'Neil, \"Jr\"", OrdersCsv.text("Ana O'Neil, \"Jr\""));
        assertEquals("a=b", OrdersCsv.text("a=b"));
        assertEquals("", OrdersCsv.text(""));
        assertNull(OrdersCsv.text(null));
    }
}
