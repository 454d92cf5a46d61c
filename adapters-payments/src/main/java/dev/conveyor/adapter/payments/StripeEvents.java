package dev.conveyor.adapter.payments;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.GatewayEvent;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentFailed;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentRefunded;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentSucceeded;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the event of a webhook whose signature was verified into what it
 * reports, refusing with 400 naming the member what Conveyor cannot use: an
 * event without type, a reported object of another
 * kind than its type says, an object without id or currency, a negative
 * amount. Event types Conveyor does not handle report nothing, so that Stripe
 * counts them delivered.
 */
final class StripeEvents {

    static final String ORDER_ID = "order_id";
    /** Stripe's ids: a prefix, an underscore, letters and digits ({@code pi_3N…}, {@code re_…}). */
    private static final Pattern STRIPE_ID = Pattern.compile("[A-Za-z0-9_]{1,255}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final String OBJECT = "data.object";

    private StripeEvents() {
    }

    /**
     * @param event     the body as stripe-java read it
     * @param refundsOf the refunds of a charge whose report does not list them (recent API versions)
     */
    static List<GatewayEvent> read(Event event, Function<String, List<Refund>> refundsOf) {
        if (event.getType() == null || event.getType().isBlank()) {
            throw invalid("type", "the event has no type");
        }
        return switch (event.getType()) {
            case "payment_intent.succeeded" -> {
                PaymentIntent intent = object(event, PaymentIntent.class, "a payment_intent");
                yield List.of(new PaymentSucceeded(id(OBJECT + ".id", intent.getId()), orderId(intent.getMetadata()),
                        money(OBJECT + ".amount_received", intent.getAmountReceived(), OBJECT, intent.getCurrency(),
                                true)));
            }
            case "payment_intent.payment_failed" -> {
                PaymentIntent intent = object(event, PaymentIntent.class, "a payment_intent");
                String message = intent.getLastPaymentError() == null
                        || intent.getLastPaymentError().getMessage() == null ? "the payment failed"
                        : intent.getLastPaymentError().getMessage();
                yield List.of(new PaymentFailed(id(OBJECT + ".id", intent.getId()), orderId(intent.getMetadata()),
                        money(OBJECT + ".amount", intent.getAmount(), OBJECT, intent.getCurrency(), false), message));
            }
            case "charge.refunded" -> List.of(refunded(object(event, Charge.class, "a charge"), refundsOf));
            default -> List.of();
        };
    }

    private static <T extends StripeObject> T object(Event event, Class<T> type, String expected) {
        StripeObject object;
        try {
            object = event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | RuntimeException unreadable) {
            // stripe-java answers an event without data or data.object with a NullPointerException
            throw invalid(OBJECT, "the data.object of the " + event.getType() + " event is missing or unreadable");
        }
        if (!type.isInstance(object)) {
            throw invalid(OBJECT, "the " + event.getType() + " event must carry " + expected);
        }
        return type.cast(object);
    }

    private static PaymentRefunded refunded(Charge charge, Function<String, List<Refund>> refundsOf) {
        String intent = id(OBJECT + ".payment_intent", charge.getPaymentIntent());
        List<Refund> refunds = charge.getRefunds() == null || charge.getRefunds().getData() == null
                ? refundsOf.apply(id(OBJECT + ".id", charge.getId())) : charge.getRefunds().getData();
        List<dev.conveyor.application.payments.port.out.PaymentGatewayPort.Refund> reported = new ArrayList<>();
        for (int i = 0; i < refunds.size(); i++) {
            Refund refund = refunds.get(i);
            String path = OBJECT + ".refunds.data[" + i + "]";
            if (refund == null || "failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
                continue;
            }
            reported.add(new dev.conveyor.application.payments.port.out.PaymentGatewayPort.Refund(
                    id(path + ".id", refund.getId()),
                    money(path + ".amount", refund.getAmount(), path, refund.getCurrency(), true)));
        }
        return new PaymentRefunded(intent, orderId(charge.getMetadata()),
                money(OBJECT + ".amount_captured", charge.getAmountCaptured(), OBJECT, charge.getCurrency(), false),
                reported);
    }

    private static String id(String field, String value) {
        if (value == null || !STRIPE_ID.matcher(value).matches()) {
            throw invalid(field, field + " must be a Stripe id");
        }
        return value;
    }

    /** @param positive whether zero is refused too */
    private static Money money(String amountField, Long amount, String object, String currency, boolean positive) {
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw invalid(object + ".currency", object + ".currency must be a three-letter currency code");
        }
        long value = amount == null ? 0 : amount;
        if (value < 0 || (positive && value == 0)) {
            throw invalid(amountField, amountField + " must be " + (positive ? "positive" : "zero or more"));
        }
        try {
            return Money.of(value, currency.toUpperCase(Locale.ROOT));
        } catch (InvalidInputException unknownCurrency) {
            throw invalid(object + ".currency", unknownCurrency.getMessage());
        }
    }

    /** Null when the payment was not opened by Conveyor (or its metadata was changed). */
    private static OrderId orderId(Map<String, String> metadata) {
        String value = metadata == null ? null : metadata.get(ORDER_ID);
        if (value == null) {
            return null;
        }
        try {
            return new OrderId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(field, message);
    }
}
