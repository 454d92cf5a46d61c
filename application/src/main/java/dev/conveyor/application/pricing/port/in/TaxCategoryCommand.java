package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.domain.pricing.NamedTaxCategory;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;

/** A new tax category: a code products and rates refer to, and a name for people. */
public record TaxCategoryCommand(String code, String name) {

    public TaxCategoryCommand {
        code = codeOf(code).code();
        name = Check.text("name", name, 100);
    }

    /** The request names the code {@code code}; a category checks it under the name products use for it. */
    private static TaxCategory codeOf(String code) {
        try {
            return new TaxCategory(code);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("code", e.getMessage());
        }
    }

    /** The command's canonical text, to recognise retries. */
    public String fingerprint() {
        return new Fingerprint().field(code).field(name).toString();
    }

    public NamedTaxCategory toCategory() {
        return new NamedTaxCategory(new TaxCategory(code), name);
    }
}
