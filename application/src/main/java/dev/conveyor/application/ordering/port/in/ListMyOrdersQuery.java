package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.OrderStatus;
import java.util.EnumSet;
import java.util.Set;

public interface ListMyOrdersQuery {

    /** The caller's own orders, newest first. */
    Page<OrderView> list(Actor actor, MyOrdersFilter filter, PageRequest page);

    /** @param statuses empty for all; {@code view} narrows further to open or finished orders */
    record MyOrdersFilter(Set<OrderStatus> statuses, View view) {

        public enum View { ALL, CURRENT, HISTORY }

        public MyOrdersFilter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            view = view == null ? View.ALL : view;
        }

        /** True when the view and the statuses exclude each other, e.g. CURRENT with only COMPLETED. */
        public boolean matchesNothing() {
            return view != View.ALL && effectiveStatuses().isEmpty();
        }

        /** The statuses to show; empty means all (unless {@link #matchesNothing()}). */
        public Set<OrderStatus> effectiveStatuses() {
            Set<OrderStatus> result = statuses.isEmpty() ? EnumSet.allOf(OrderStatus.class) : EnumSet.copyOf(statuses);
            switch (view) {
                case CURRENT -> result.removeIf(s -> !s.isOpen());
                case HISTORY -> result.removeIf(OrderStatus::isOpen);
                case ALL -> {
                    return statuses;
                }
            }
            return result;
        }
    }
}
