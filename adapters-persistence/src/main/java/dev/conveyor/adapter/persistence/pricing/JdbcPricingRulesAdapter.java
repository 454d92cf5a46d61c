package dev.conveyor.adapter.persistence.pricing;

import static dev.conveyor.adapter.persistence.support.Columns.setInstant;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.pricing.port.out.PricingRulesPort;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.TaxRate;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic promotions and the tax rates in one statement: each row says which it is, and carries the
 * other table's columns as nulls. The two reads were a placement's two round trips of ~a dozen; the queries
 * are {@link JdbcPromotionAdapter}'s and {@link JdbcTaxRateAdapter}'s, and so are the rows' readers.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcPricingRulesAdapter implements PricingRulesPort {

    private static final String PROMOTION = "promotion";
    /**
     * The tax rates' own columns come last: their period is a date, the promotions' an instant, so it is
     * selected under other names ({@code rate_from}, {@code rate_until}). Promotions sort before tax rates.
     */
    static final String RULES = "SELECT 'promotion' AS kind, " + JdbcPromotionAdapter.COLUMNS
            + ", CAST(NULL AS CHAR(2)) AS country, CAST(NULL AS VARCHAR(100)) AS region,"
            + " CAST(NULL AS VARCHAR(40)) AS tax_category, CAST(NULL AS DATE) AS rate_from,"
            + " CAST(NULL AS DATE) AS rate_until"
            + " FROM promotions WHERE code IS NULL AND active AND (valid_from IS NULL OR valid_from <= ?)"
            + " AND (valid_until IS NULL OR valid_until > ?)"
            + " UNION ALL SELECT 'tax-rate', id, name, NULL, NULL, percent, NULL, NULL, NULL, NULL,"
            + " CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS TIMESTAMP WITH TIME ZONE), NULL, NULL, NULL,"
            + " NULL, country, region, tax_category, valid_from, valid_until FROM tax_rates WHERE country = ?"
            + " ORDER BY kind, id";

    private final Jdbc jdbc;

    JdbcPricingRulesAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PricingRules rulesAt(Instant at, String country) {
        List<Object> rules = jdbc.list(RULES, statement -> {
            setInstant(statement, 1, at);
            setInstant(statement, 2, at);
            statement.setString(3, country);
        }, row -> PROMOTION.equals(row.getString("kind")) ? JdbcPromotionAdapter.stored(row).promotion()
                : JdbcTaxRateAdapter.rate(row, "rate_from", "rate_until"));
        List<Promotion> promotions = new ArrayList<>();
        List<TaxRate> rates = new ArrayList<>();
        for (Object rule : rules) {
            if (rule instanceof Promotion promotion) {
                promotions.add(promotion);
            } else {
                rates.add((TaxRate) rule);
            }
        }
        return new PricingRules(promotions, rates);
    }
}
