package dev.conveyor.domain.user;

import dev.conveyor.domain.shared.Check;
import java.util.Locale;
import java.util.regex.Pattern;

/** A login name. Compared case-insensitively: stored lower-case. */
public record Email(String value) {

    /** Local part, then a domain of at least two non-empty dot-separated labels. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        value = Check.text("email", value, 254).toLowerCase(Locale.ROOT);
        Check.matches("email", value, SHAPE, "an e-mail address");
    }

    @Override
    public String toString() {
        return value;
    }
}
