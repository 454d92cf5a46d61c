package dev.conveyor.adapter.rest.cart;

import dev.conveyor.adapter.rest.common.CommonMappings;
import dev.conveyor.application.cart.port.in.CartView;
import dev.conveyor.application.cart.port.in.ReorderResult;
import org.mapstruct.Mapper;

@Mapper
public interface CartMapper extends CommonMappings {

    CartResponse toResponse(CartView cart);

    CartResponse.CartLineResponse toResponse(CartView.Line line);

    ReorderResponse toResponse(ReorderResult result);

    ReorderResponse.ReorderLineResponse toResponse(ReorderResult.Line line);
}
