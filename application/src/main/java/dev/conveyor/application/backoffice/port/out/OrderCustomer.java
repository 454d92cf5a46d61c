package dev.conveyor.application.backoffice.port.out;

import java.util.UUID;

/**
 * Who placed an order, as the back office shows it.
 *
 * @param email null once the account is deleted (it then holds a placeholder, not the customer's address)
 * @param name  null once the account is deleted, or when the customer gave none
 */
public record OrderCustomer(UUID id, String email, String name) {
}
