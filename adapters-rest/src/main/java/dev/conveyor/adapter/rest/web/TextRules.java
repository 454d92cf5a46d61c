package dev.conveyor.adapter.rest.web;

import dev.conveyor.domain.shared.InvalidInputException;

/**
 * What every text the API reads must be: free of NUL characters, which
 * PostgreSQL cannot store and C-based tools cut strings at, and of unpaired
 * UTF-16 surrogates, which are no character at all and cannot be written as
 * UTF-8. Checked once at the edge, for JSON bodies and for query, path and
 * header values, so that no such text reaches the core or the database.
 */
public final class TextRules {

    private TextRules() {
    }

    public static boolean acceptable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** @throws InvalidInputException naming {@code field} when the text is not acceptable */
    public static void require(String field, CharSequence text) {
        if (text != null && !acceptable(text)) {
            throw refused(field);
        }
    }

    static InvalidInputException refused(String field) {
        String name = printable(field);
        return new InvalidInputException(name, name + " must not contain NUL characters or unpaired surrogates");
    }

    /** The text with what is not acceptable written as {@code \\uXXXX}, fit to quote back to the client. */
    static String printable(String text) {
        if (acceptable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\0' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
