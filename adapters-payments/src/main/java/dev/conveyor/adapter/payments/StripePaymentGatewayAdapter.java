package dev.conveyor.adapter.payments;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import dev.conveyor.application.payments.port.in.PaymentGatewayException;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Card payments through Stripe: a PaymentIntent per payment (the order's id in
 * its metadata), refunds against the PaymentIntent, and webhooks whose
 * signature is checked over the raw body before anything in them is believed.
 */
@Singleton
@Requires(property = "conveyor.payments.stripe.enabled", value = "true")
public final class StripePaymentGatewayAdapter implements PaymentGatewayPort {

    public static final String NAME = "stripe";
    static final String ORDER_ID = StripeEvents.ORDER_ID;
    private static final String STRIPE_SIGNATURE = "Stripe-Signature";
    private static final int MAX_DEPTH = 32;
    static final String ORDER_NUMBER = "order_number";
    private static final System.Logger LOG = System.getLogger(StripePaymentGatewayAdapter.class.getName());

    private final StripeClient client;
    private final String webhookSecret;
    private final long toleranceSeconds;
    private final Clock clock;

    public StripePaymentGatewayAdapter(StripeSettings settings, Clock clock) {
        Objects.requireNonNull(settings.secretKey(), "conveyor.payments.stripe.secret-key is required");
        this.webhookSecret = Objects.requireNonNull(settings.webhookSecret(),
                "conveyor.payments.stripe.webhook-secret is required");
        int timeout = (int) settings.timeout().toMillis();
        this.client = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setMaxNetworkRetries(settings.maxNetworkRetries())
                .setConnectTimeout(timeout)
                .setReadTimeout(timeout)
                .build();
        this.toleranceSeconds = settings.webhookTolerance().toSeconds();
        this.clock = new InstantClock(clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takesCards() {
        return true;
    }

    @Override
    public CardPayment startCardPayment(OrderId orderId, String orderNumber, Money amount, String idempotencyKey) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(amount.amountMinor())
                .setCurrency(amount.currency().toLowerCase(Locale.ROOT))
                .putMetadata(ORDER_ID, orderId.value().toString())
                .putMetadata(ORDER_NUMBER, orderNumber)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .build();
        try {
            PaymentIntent intent = client.paymentIntents().create(params, options(idempotencyKey));
            return new CardPayment(intent.getId(), intent.getClientSecret(), money(intent.getAmount(),
                    intent.getCurrency()));
        } catch (StripeException e) {
            throw failed("opening a card payment for order " + orderNumber, e);
        }
    }

    @Override
    public String refund(String paymentReference, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentReference)
                .setAmount(amount.amountMinor())
                .build();
        try {
            return client.refunds().create(params, options(idempotencyKey)).getId();
        } catch (StripeException e) {
            throw failed("refunding " + amount + " of " + paymentReference, e);
        }
    }

    @Override
    public List<GatewayEvent> readWebhook(String payload, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidInputException(STRIPE_SIGNATURE, "the Stripe-Signature header is missing");
        }
        try {
            Webhook.Signature.verifyHeader(payload, signature, webhookSecret, toleranceSeconds, clock);
        } catch (SignatureVerificationException e) {
            throw new InvalidInputException(STRIPE_SIGNATURE, "the webhook signature does not verify: "
                    + e.getMessage());
        }
        refuseFutureTimestamp(signature);
        return StripeEvents.read(event(payload, signature), this::listRefunds);
    }

    private Event event(String payload, String signature) {
        refuseDeepNesting(payload);
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, webhookSecret, toleranceSeconds, clock);
        } catch (SignatureVerificationException e) {
            throw new InvalidInputException(STRIPE_SIGNATURE, "the webhook signature does not verify: "
                    + e.getMessage());
        } catch (RuntimeException notAnEvent) {
            // the signature verified, so whatever the JSON reader throws means the body is no event object
            throw new InvalidInputException("body", "the webhook body is not a Stripe event object: "
                    + notAnEvent.getMessage());
        }
        if (event == null) {
            throw new InvalidInputException("body", "the webhook body is empty");
        }
        return event;
    }

    /**
     * stripe-java refuses signatures older than the tolerance only; one from further ahead than that is just as
     * much a replay risk (a captured request stays valid until the clock catches up), so it is refused too.
     */
    private void refuseFutureTimestamp(String signature) {
        long now = clock.instant().getEpochSecond();
        for (String part : signature.split(",")) {
            String item = part.strip();
            if (item.startsWith("t=")) {
                long timestamp;
                try {
                    timestamp = Long.parseLong(item.substring(2));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(STRIPE_SIGNATURE, "the signature's timestamp is not a number");
                }
                if (timestamp - now > toleranceSeconds) {
                    throw new InvalidInputException(STRIPE_SIGNATURE, "the signature's timestamp lies more than "
                            + toleranceSeconds + " s in the future");
                }
            }
        }
    }

    /**
     * Stripe's events nest a handful of levels. stripe-java reads and writes JSON recursively, one call per
     * level, so a signed body nested thousands deep overflowed its stack (found by StripeWebhookFuzzTest); such
     * a body is refused before it gets there.
     */
    private static void refuseDeepNesting(String payload) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new InvalidInputException("body", "the webhook body nests more than " + MAX_DEPTH
                            + " levels deep");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    /** Charges of recent API versions carry no refund list; the refunds are asked for. */
    private List<com.stripe.model.Refund> listRefunds(String chargeId) {
        try {
            return client.refunds().list(RefundListParams.builder().setCharge(chargeId).setLimit(100L).build())
                    .getData();
        } catch (StripeException e) {
            throw failed("listing the refunds of charge " + chargeId, e);
        }
    }

    private static Money money(Long amount, String currency) {
        return Money.of(amount == null ? 0 : amount, currency.toUpperCase(Locale.ROOT));
    }

    /**
     * stripe-java reads {@link Clock#millis()}, which a JDK 17 tick clock of less than a millisecond (the
     * application's microsecond clock) divides by zero in; this one derives it from the instant.
     */
    private static final class InstantClock extends Clock {

        private final Clock source;

        InstantClock(Clock source) {
            this.source = source;
        }

        @Override
        public Instant instant() {
            return source.instant();
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }

        @Override
        public ZoneId getZone() {
            return source.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new InstantClock(source.withZone(zone));
        }
    }

    private static RequestOptions options(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static PaymentGatewayException failed(String what, StripeException e) {
        LOG.log(System.Logger.Level.WARNING, "Stripe failed " + what + " (request " + e.getRequestId() + ")", e);
        return new PaymentGatewayException("the card gateway failed " + what + ": " + e.getMessage());
    }
}
