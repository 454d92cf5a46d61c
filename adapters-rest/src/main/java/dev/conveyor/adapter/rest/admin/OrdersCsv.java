package dev.conveyor.adapter.rest.admin;

import dev.conveyor.application.backoffice.port.out.OrderExportRow;
import dev.conveyor.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The export's columns: one row per order. Amounts are decimals in the currency's major unit
 * ({@code 12.99}), so that spreadsheets sum them; times are ISO-8601 instants in UTC.
 */
final class OrdersCsv {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("number", "id", "placedAt", "confirmedAt", "cancelledAt", "updatedAt", "customerId",
                    "customerEmail", "customerName", "status", "paymentStatus", "fulfillmentStatus", "progress",
                    "lines", "units", "currency", "total", "net", "tax", "shipping", "discount", "paid", "due", "shipCity", "shipCountry")
            .get();

    private OrdersCsv() {
    }

    static List<Object> record(OrderExportRow row) {
        Money due = row.total().minus(row.paid());
        return Arrays.asList(row.number(), row.id(), time(row.placedAt()), time(row.confirmedAt()),
                time(row.cancelledAt()), time(row.updatedAt()), row.customerId(), text(row.customerEmail()),
                text(row.customerName()), row.status(), row.paymentStatus(), row.fulfillmentStatus(), row.progress(),
                row.lines(), row.units(), row.total().currency(), decimal(row.total()), decimal(row.net()),
                decimal(row.tax()), decimal(row.shipping()), decimal(row.discount()), decimal(row.paid()),
                decimal(due.isNegative() ? Money.zero(due.currency()) : due), text(row.shipCity()), text(row.shipCountry()));
    }

    static BigDecimal decimal(Money money) {
        return BigDecimal.valueOf(money.amountMinor(), fractionDigits(money.currency()));
    }

    /** Two for a code Java does not know, as for most currencies. */
    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /**
     * Text a customer typed, made inert for spreadsheets: a cell starting with {@code = + - @} or a
     * tab or carriage return would be run as a formula when the export is opened (CSV injection), so
     * such a value gets a leading apostrophe, which spreadsheets show as plain text.
     */
    static String text(String value) {
        if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
