package dev.conveyor.application.ordering.port.in;

public interface ConfirmDueOrdersUseCase {

    /**
     * Confirms every pending order whose cancellation window has closed. Safe to
     * run on several instances at once: each order is confirmed exactly once.
     *
     * @return how many orders this call confirmed
     */
    int confirmDueOrders();
}
