package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.CommonMappings;
import dev.conveyor.adapter.rest.pricing.PriceBreakdownResponse;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.pricing.PriceBreakdown;
import java.util.List;
import java.util.Set;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = LineStage.class)
public interface OrderMapper extends CommonMappings {

    @Mapping(target = "lines", expression = "java(lines(order))")
    OrderResponse toResponse(OrderView order);

    @Mapping(target = "reserved", expression = "java(line.reserved())")
    @Mapping(target = "stage", expression = "java(LineStage.of(status, line))")
    OrderResponse.OrderLineResponse toResponse(OrderLine line, @Context OrderStatus status);

    /** A line's stage depends on the order's status too. */
    default List<OrderResponse.OrderLineResponse> lines(OrderView order) {
        return order.lines().stream().map(line -> toResponse(line, order.status())).toList();
    }

    default PriceBreakdownResponse toResponse(PriceBreakdown price) {
        return PriceBreakdownResponse.of(price);
    }

    /** In life-cycle order, so clients can show them as they come. */
    default List<OrderStatus> toList(Set<OrderStatus> statuses) {
        return statuses == null ? List.of() : statuses.stream().sorted().toList();
    }
}
