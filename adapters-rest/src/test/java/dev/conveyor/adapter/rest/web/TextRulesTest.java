package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "Zoë", "emoji \uD83D\uDE80 paired", "\uD83D\uDE80", "tab\tand\nnewline"})
    void acceptsTextWithoutNulAndWithPairedSurrogatesOnly(String text) {
        assertTrue(TextRules.acceptable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\0", "a\0b", "\uD800", "end \uD83D", "\uDE80 start", "\uDE80\uD83D reversed",
            "\uD83D\uD83D\uDE80 two highs"})
    void refusesNulAndUnpairedSurrogates(String text) {
        assertFalse(TextRules.acceptable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\0b", "x\uD800"})
    void aRefusalNamesTheFieldPrintably(String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> TextRules.require("name" + text, text));

        assertTrue(TextRules.acceptable(refused.field()), refused.field());
        assertTrue(refused.field().startsWith("name") && refused.field().contains("\\u"), refused.field());
        assertEquals(refused.field() + " must not contain NUL characters or unpaired surrogates",
                refused.getMessage());
    }
}
