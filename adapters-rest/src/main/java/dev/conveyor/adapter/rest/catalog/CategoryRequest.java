package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase.CategoryCommand;
import dev.conveyor.domain.catalog.CategoryId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * A category as it should be; on a change, an absent slug is derived from the name again and an absent parent
 * makes it top-level.
 */
@Serdeable
public record CategoryRequest(@Nullable @Schema(example = "Kitchen tools") String name,
                              @Nullable @Schema(example = "kitchen-tools") String slug,
                              @Nullable @Schema(format = "uuid") String parentId) implements JsonRequest {

    CategoryCommand toCommand() {
        UUID parent = Inputs.optionalUuid("parentId", parentId);
        return new CategoryCommand(name, slug, parent == null ? null : new CategoryId(parent));
    }
}
