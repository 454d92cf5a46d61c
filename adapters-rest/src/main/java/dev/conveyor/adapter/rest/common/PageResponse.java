package dev.conveyor.adapter.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the zero-based page number, the page size and the total count. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageResponse<>(page.items().stream().<T>map(mapper).toList(), page.page(), page.size(),
                page.total());
    }

    /** A page of a list read whole (an order's deliveries, invoices, returns: a few each). */
    public static <S, T> PageResponse<T> ofAll(List<S> all, PageRequest request,
                                               Function<? super S, ? extends T> mapper) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(Page.of(all.subList(from, to), request, all.size()), mapper);
    }
}
