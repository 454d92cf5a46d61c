package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.error.PreconditionRequiredException;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An order's version as an entity tag: {@code "7"} in ETag, and back from If-Match. */
final class OrderVersions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private OrderVersions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** For operations that must not apply to an order the caller has not seen: the header is required. */
    static long requiredFromIfMatch(String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("If-Match", "If-Match is required: send the ETag of "
                    + "GET /api/orders/{id} (e.g. \"3\"), so that an edit never applies to an order changed since");
        }
        return fromIfMatch(ifMatch);
    }

    /** @return null when the header is absent */
    static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException("If-Match", "If-Match must be the order's ETag, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
