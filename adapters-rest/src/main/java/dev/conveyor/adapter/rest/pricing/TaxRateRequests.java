package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.pricing.port.in.TaxRateCommand;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The bodies and answers of the tax rate administration. */
final class TaxRateRequests {

    private TaxRateRequests() {
    }

    /** A new rate; without {@code validUntil} it has no known end. */
    @Serdeable
    record TaxRateRequest(@Nullable @Schema(example = "VAT 19 %") String name,
                          @Nullable @Schema(example = "DE") String country,
                          @Nullable @Schema(description = "a region of the country (a US state); none: all of it")
                          String region,
                          @Nullable @Schema(example = "standard") String taxCategory,
                          @Nullable @Schema(example = "19") BigDecimal percent,
                          @Nullable @Schema(format = "date", example = "2027-01-01") String validFrom,
                          @Nullable @Schema(format = "date") String validUntil) implements JsonRequest {

        TaxRateCommand toCommand() {
            return new TaxRateCommand(name, country, region, new TaxCategory(taxCategory), percent,
                    Check.notNull("validFrom", AdminInputs.optionalDate("validFrom", validFrom)),
                    AdminInputs.optionalDate("validUntil", validUntil));
        }
    }

    @Serdeable
    record CloseTaxRateRequest(@Nullable @Schema(format = "date", example = "2027-07-01") String validUntil)
            implements JsonRequest {

        LocalDate until() {
            return Check.notNull("validUntil", AdminInputs.optionalDate("validUntil", validUntil));
        }
    }

    @Serdeable
    record TaxRateResponse(@Schema(format = "uuid") String id, String name, String country, @Nullable String region,
                           String taxCategory, BigDecimal percent, @Schema(format = "date") String validFrom,
                           @Nullable @Schema(format = "date") String validUntil) {

        static TaxRateResponse of(TaxRate rate) {
            return new TaxRateResponse(rate.id().toString(), rate.name(), rate.country(), rate.region(),
                    rate.category().code(), rate.percent(), rate.validFrom().toString(),
                    rate.validUntil() == null ? null : rate.validUntil().toString());
        }
    }
}
