package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.OrderExportRow;
import dev.conveyor.application.shared.Actor;
import java.util.function.Consumer;

public interface ExportOrdersQuery {

    /**
     * Checks that the caller may export orders and prepares the export; the rows are read when it is written,
     * so a web adapter can refuse the request before it starts streaming.
     */
    OrderExport export(Actor actor, AdminOrderSearch search);

    /** @param reader reads the orders, handing each to the consumer it is given */
    record OrderExport(Consumer<Consumer<OrderExportRow>> reader) {

        /** Hands every matching order to {@code rows}, in the search's order, as it reads them. */
        public void writeTo(Consumer<OrderExportRow> rows) {
            reader.accept(rows);
        }
    }
}
