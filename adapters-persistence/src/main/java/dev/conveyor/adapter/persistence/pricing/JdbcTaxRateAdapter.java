package dev.conveyor.adapter.persistence.pricing;

import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcTaxRateAdapter implements TaxRatePort {

    private static final String INSERT = """
            INSERT INTO tax_rates (id, name, country, region, tax_category, percent, valid_from, valid_until)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COLUMNS = "id, name, country, region, tax_category, percent, valid_from, valid_until";
    private static final String FOR_COUNTRY = "SELECT " + COLUMNS + " FROM tax_rates WHERE country = ? ORDER BY id";
    private static final String ORDER = " ORDER BY country, region NULLS FIRST, tax_category, valid_from, id";

    private final Jdbc jdbc;

    JdbcTaxRateAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(TaxRate rate) {
        jdbc.update(INSERT, statement -> {
            statement.setObject(1, rate.id().value());
            statement.setString(2, rate.name());
            statement.setString(3, rate.country());
            statement.setString(4, rate.region());
            statement.setString(5, rate.category().code());
            statement.setBigDecimal(6, rate.percent());
            statement.setDate(7, Date.valueOf(rate.validFrom()));
            if (rate.validUntil() == null) {
                statement.setNull(8, Types.DATE);
            } else {
                statement.setDate(8, Date.valueOf(rate.validUntil()));
            }
        });
    }

    @Override
    public List<TaxRate> forCountry(String country) {
        return jdbc.list(FOR_COUNTRY, statement -> statement.setString(1, country), JdbcTaxRateAdapter::rate);
    }

    @Override
    public Optional<TaxRate> findById(TaxRateId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM tax_rates WHERE id = ?",
                statement -> statement.setObject(1, id.value()), JdbcTaxRateAdapter::rate);
    }

    @Override
    public Page<TaxRate> list(String country, PageRequest page) {
        String where = country == null ? "" : " WHERE country = ?";
        List<TaxRate> items = jdbc.list("SELECT " + COLUMNS + " FROM tax_rates" + where + ORDER + " LIMIT ? OFFSET ?",
                statement -> {
                    int next = 1;
                    if (country != null) {
                        statement.setString(next++, country);
                    }
                    statement.setInt(next++, page.size());
                    statement.setLong(next, page.offset());
                }, JdbcTaxRateAdapter::rate);
        long total = jdbc.one("SELECT COUNT(*) FROM tax_rates" + where, statement -> {
            if (country != null) {
                statement.setString(1, country);
            }
        }, row -> row.getLong(1)).orElse(0L);
        return Page.of(items, page, total);
    }

    @Override
    public void close(TaxRateId id, LocalDate validUntil) {
        jdbc.update("UPDATE tax_rates SET valid_until = ? WHERE id = ?", statement -> {
            statement.setDate(1, Date.valueOf(validUntil));
            statement.setObject(2, id.value());
        });
    }

    private static TaxRate rate(ResultSet row) throws SQLException {
        return rate(row, "valid_from", "valid_until");
    }

    /** @param from the name the query gave the period's start, and {@code until} its end's (a query mixing tables renames them) */
    static TaxRate rate(ResultSet row, String from, String until) throws SQLException {
        Date validUntil = row.getDate(until);
        return new TaxRate(new TaxRateId(uuid(row, "id")), row.getString("name"), row.getString("country"),
                row.getString("region"), new TaxCategory(row.getString("tax_category")),
                row.getBigDecimal("percent").stripTrailingZeros(), row.getDate(from).toLocalDate(),
                validUntil == null ? null : validUntil.toLocalDate());
    }
}
