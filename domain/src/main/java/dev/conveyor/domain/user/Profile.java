package dev.conveyor.domain.user;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import java.util.regex.Pattern;

/** What a user tells about themselves; every part is optional. */
public record Profile(String name, String phone, Address address) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,30}");

    public static final Profile EMPTY = new Profile(null, null, null);

    public Profile {
        name = Check.optionalText("name", name, 200);
        phone = Check.optionalText("phone", phone, 30);
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3)) {
            throw new dev.conveyor.domain.shared.InvalidInputException("phone",
                    "phone must be a phone number: at least 3 digits, with spaces and + ( ) . / - allowed");
        }
    }
}
