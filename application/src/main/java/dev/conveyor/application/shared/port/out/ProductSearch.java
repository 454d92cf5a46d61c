package dev.conveyor.application.shared.port.out;

import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.domain.user.UserId;

/**
 * @param text      matched case-insensitively against name and SKU; null for all
 * @param category  exact category; null for all
 * @param sellerId  only this seller's products; null for all
 * @param activeOnly hide deactivated products
 */
public record ProductSearch(String text, String category, UserId sellerId, boolean activeOnly, Sort sort,
                            SortDirection direction) {

    public enum Sort { NAME, PRICE, CREATED_AT, SKU }
}
