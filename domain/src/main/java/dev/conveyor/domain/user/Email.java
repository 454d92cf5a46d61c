package dev.conveyor.domain.user;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name. Compared case-insensitively: stored lower-case. Any stored
 * address reads back (one {@code @}, a dotted domain); a new account's
 * address must also follow {@link #forNewAccount}'s stricter rule.
 */
public record Email(String value) {

    /** Local part, then a domain of at least two non-empty dot-separated labels. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** An RFC 5322 atom: what may stand between the dots of a local part. */
    private static final Pattern ATOM = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+");
    /** A host name label: letters, digits and inner hyphens, at most 63. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

    public Email {
        value = Check.text("email", value, 254).toLowerCase(Locale.ROOT);
        Check.matches("email", value, SHAPE, "an e-mail address");
    }

    /**
     * An address for a new account, held to a strict rule: the local part a dot-atom of RFC 5322 (atoms of
     * letters, digits and {@code !#$%&'*+/=?^_`{|}~-} joined by single dots), the domain at least two host name
     * labels, the last not all digits. Quoted local parts, address literals and international domains not written
     * in their {@code xn--} form are refused; so is anything with markup or spaces in it.
     */
    public static Email forNewAccount(String value) {
        Email email = new Email(value);
        String domain = email.value.substring(email.value.lastIndexOf('@') + 1);
        String[] labels = domain.split("\\.", -1);
        boolean valid = Arrays.stream(email.localPart().split("\\.", -1)).allMatch(ATOM.asMatchPredicate())
                && Arrays.stream(labels).allMatch(LABEL.asMatchPredicate())
                && HAS_LETTER.matcher(labels[labels.length - 1]).matches();
        if (!valid) {
            throw new InvalidInputException("email", "email must be an address like name@example.com: letters, "
                    + "digits and !#$%&'*+/=?^_`{|}~- before the @, a domain name after it");
        }
        return email;
    }

    /** What comes before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
