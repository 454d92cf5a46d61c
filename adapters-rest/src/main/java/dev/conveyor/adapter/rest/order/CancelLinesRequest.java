package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase.CancelLinesCommand;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** @param lines units per order line; omitted or empty for all that remains (of a seller's own lines) */
@Serdeable
public record CancelLinesRequest(@Nullable List<CancelLineRequest> lines, @Nullable String reason)
        implements JsonRequest {

    /** @param expectedVersion from the If-Match header; null when the client sent none */
    CancelLinesCommand toCommand(Long expectedVersion) {
        List<CancelOrderLinesUseCase.Line> commandLines = new ArrayList<>();
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                String field = "lines[" + i + "]";
                CancelLineRequest line = Check.notNull(field, lines.get(i));
                int lineNo = Inputs.wholeInt(field + ".lineNo", line.lineNo());
                int quantity = Inputs.wholeInt(field + ".quantity", line.quantity());
                commandLines.add(Inputs.nested(field, () -> new CancelOrderLinesUseCase.Line(lineNo, quantity)));
            }
        }
        return new CancelLinesCommand(commandLines, reason, expectedVersion);
    }

    @Serdeable
    public record CancelLineRequest(@Nullable @Schema(type = "integer") BigDecimal lineNo,
                                    @Nullable @Schema(type = "integer") BigDecimal quantity) {
    }
}
