package dev.conveyor.adapter.rest.returns;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase;
import dev.conveyor.application.returns.port.in.OpenReturnUseCase.OpenReturnCommand;
import dev.conveyor.application.returns.port.in.ReceiveReturnUseCase;
import dev.conveyor.application.returns.port.in.ReceiveReturnUseCase.ReceiveReturnCommand;
import dev.conveyor.domain.returns.Disposition;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Bodies of the return routes. */
public final class ReturnRequests {

    private ReturnRequests() {
    }

    @Serdeable
    public record OpenReturnRequest(@Nullable List<ReturnLineRequest> lines) implements JsonRequest {

        OpenReturnCommand toCommand() {
            List<OpenReturnUseCase.Line> commandLines = new ArrayList<>();
            if (lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    String field = "lines[" + i + "]";
                    ReturnLineRequest line = Check.notNull(field, lines.get(i));
                    commandLines.add(new OpenReturnUseCase.Line(Inputs.wholeInt(field + ".lineNo", line.lineNo()),
                            Inputs.wholeInt(field + ".quantity", line.quantity()), line.reason()));
                }
            }
            return new OpenReturnCommand(commandLines);
        }
    }

    @Serdeable
    public record ReturnLineRequest(@Nullable @Schema(type = "integer", example = "1") BigDecimal lineNo,
                             @Nullable @Schema(type = "integer", example = "1") BigDecimal quantity,
                             @Nullable String reason) {
    }

    @Serdeable
    public record RejectReturnRequest(@Nullable String reason) implements JsonRequest {
    }

    @Serdeable
    public record ReceiveReturnRequest(@Nullable List<ReceivedLineRequest> lines) implements JsonRequest {

        ReceiveReturnCommand toCommand() {
            List<ReceiveReturnUseCase.Line> commandLines = new ArrayList<>();
            if (lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    String field = "lines[" + i + "]";
                    ReceivedLineRequest line = Check.notNull(field, lines.get(i));
                    commandLines.add(new ReceiveReturnUseCase.Line(Inputs.wholeInt(field + ".lineNo", line.lineNo()),
                            Inputs.enumValue(field + ".disposition", line.disposition(), Disposition.class)));
                }
            }
            return new ReceiveReturnCommand(commandLines);
        }
    }

    @Serdeable
    public record ReceivedLineRequest(@Nullable @Schema(type = "integer", example = "1") BigDecimal lineNo,
                               @Nullable @Schema(implementation = Disposition.class) String disposition) {
    }

    /** @param shipping also give back the order's shipping charge */
    @Serdeable
    public record RefundReturnRequest(@Nullable Boolean shipping) implements JsonRequest {
    }
}
