package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.List;

/** A customer's orders in figures, for the back office's customer page. */
public interface CustomerFiguresPort {

    /** How many orders the customer placed, and their totals per currency, cancelled orders left out of both. */
    CustomerFigures figures(UserId customerId);

    record CustomerFigures(long orders, List<Money> spent) {
        public CustomerFigures {
            spent = List.copyOf(spent);
        }
    }
}
