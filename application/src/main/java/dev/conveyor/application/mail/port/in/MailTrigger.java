package dev.conveyor.application.mail.port.in;

import dev.conveyor.domain.shared.Check;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An event of the log as the mail feature reads it: the mails it causes are keyed by its id. The payload
 * may hold null values (an absent carrier, say).
 *
 * @param customerId the customer whose order or account it concerns; null when none
 * @param orderId    the order it concerns; null when none
 */
public record MailTrigger(UUID eventId, String type, UUID customerId, UUID orderId, Instant occurredAt,
                          Map<String, Object> payload) {

    public MailTrigger {
        Check.notNull("eventId", eventId);
        Check.notNull("type", type);
        Check.notNull("occurredAt", occurredAt);
        payload = Collections.unmodifiableMap(new LinkedHashMap<>(Check.notNull("payload", payload)));
    }
}
