package dev.conveyor.adapter.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.domain.catalog.Category;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** @param parentId null for a top-level category */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CategoryResponse(UUID id, String name, String slug, @Nullable UUID parentId) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.id().value(), category.name(), category.slug(),
                category.parentId() == null ? null : category.parentId().value());
    }
}
