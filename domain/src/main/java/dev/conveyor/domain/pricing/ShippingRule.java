package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.List;
import java.util.OptionalLong;

/** How a shipping method prices a parcel, in minor units of the store currency, as prices are entered. */
public sealed interface ShippingRule {

    /** The price for a parcel of this weight and number of items; empty when the rule cannot carry it. */
    OptionalLong priceFor(long weightGrams, long items);

    /** One price whatever the parcel. */
    record Flat(long amountMinor) implements ShippingRule {

        public Flat {
            Check.range("shipping.amount", amountMinor, 0, Long.MAX_VALUE);
        }

        @Override
        public OptionalLong priceFor(long weightGrams, long items) {
            return OptionalLong.of(amountMinor);
        }
    }

    /** So much per item (unit of quantity). */
    record PerItem(long amountMinor) implements ShippingRule {

        public PerItem {
            Check.range("shipping.amount", amountMinor, 0, Long.MAX_VALUE);
        }

        @Override
        public OptionalLong priceFor(long weightGrams, long items) {
            return OptionalLong.of(Math.multiplyExact(amountMinor, items));
        }
    }

    /** The first band whose limit the parcel's weight does not exceed; heavier than the last band: not carried. */
    record WeightBands(List<WeightBand> bands) implements ShippingRule {

        public WeightBands {
            bands = List.copyOf(Check.notNull("shipping.bands", bands));
            if (bands.isEmpty()) {
                throw new InvalidInputException("shipping.bands", "shipping.bands must hold at least one band");
            }
            for (int i = 1; i < bands.size(); i++) {
                if (bands.get(i).upToGrams() <= bands.get(i - 1).upToGrams()) {
                    throw new InvalidInputException("shipping.bands",
                            "shipping.bands must be in increasing order of weight");
                }
            }
        }

        @Override
        public OptionalLong priceFor(long weightGrams, long items) {
            return bands.stream()
                    .filter(band -> weightGrams <= band.upToGrams())
                    .mapToLong(WeightBand::amountMinor)
                    .findFirst();
        }
    }

    /** Parcels up to {@code upToGrams} (inclusive) cost {@code amountMinor}. */
    record WeightBand(long upToGrams, long amountMinor) {

        public WeightBand {
            Check.range("shipping.bands.upToGrams", upToGrams, 1, Long.MAX_VALUE);
            Check.range("shipping.bands.amount", amountMinor, 0, Long.MAX_VALUE);
        }
    }
}
