package dev.conveyor.adapter.rest.fulfilment;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who issues the invoices, as the law of most countries wants it printed on them: the shop's legal
 * name, its address (lines separated by {@code ;}) and its tax number, from configuration.
 */
@Singleton
final class StoreIdentity {

    private final String legalName;
    private final List<String> address;
    private final String taxId;

    StoreIdentity(@Value("${conveyor.store.legal-name:Conveyor shop}") String legalName,
                  @Value("${conveyor.store.address:}") String address,
                  @Value("${conveyor.store.tax-id:}") String taxId) {
        this.legalName = legalName.strip();
        this.address = Arrays.stream(address.split(";")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        this.taxId = taxId.strip();
    }

    /** The lines printed at the head of an invoice. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(legalName);
        lines.addAll(address);
        if (!taxId.isEmpty()) {
            lines.add("Tax ID " + taxId);
        }
        return lines;
    }
}
