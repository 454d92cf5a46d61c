package dev.conveyor.application.webhooks.port.in;

import dev.conveyor.domain.shared.Check;
import java.util.List;
import java.util.regex.Pattern;

/** The event-type filter of an endpoint: catalogue names such as {@code order:created}; none means every type. */
public record EventTypes(List<String> types) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]{0,30}:[a-z][a-z-]{0,30}");
    private static final int MAX = 50;

    public EventTypes {
        types = List.copyOf(Check.notNull("eventTypes", types));
        Check.range("eventTypes", types.size(), 0, MAX);
        for (int i = 0; i < types.size(); i++) {
            Check.matches("eventTypes[" + i + "]", Check.notNull("eventTypes[" + i + "]", types.get(i)), TYPE,
                    "an event type such as order:created");
        }
        types = types.stream().distinct().sorted().toList();
    }
}
