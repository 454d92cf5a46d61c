package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Disposition;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public interface ReceiveReturnUseCase {

    /**
     * The back office records that an approved return arrived and what becomes of each line: restocked
     * units are on hand again (a recorded stock adjustment), written-off ones are not.
     */
    Return receive(Actor actor, ReturnId id, ReceiveReturnCommand command);

    record Line(int lineNo, Disposition disposition) {
    }

    record ReceiveReturnCommand(List<Line> lines) {

        public ReceiveReturnCommand {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public Map<Integer, Disposition> dispositions() {
            Map<Integer, Disposition> dispositions = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.disposition() == null) {
                    throw new InvalidInputException("lines[" + i + "].disposition", "RESTOCK or WRITE_OFF");
                }
                if (dispositions.put(line.lineNo(), line.disposition()) != null) {
                    throw new InvalidInputException("lines[" + i + "].lineNo", "line " + line.lineNo()
                            + " is named twice");
                }
            }
            return dispositions;
        }
    }
}
