package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.MailTrigger;
import dev.conveyor.application.mail.port.out.MailTemplate;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which mails an event causes: the template, who gets it and what it shows. Customers hear about their own
 * account and orders; a product's seller and the shop's staff (and administrators) about stock and failed
 * payments; administrators about a webhook endpoint switched off. Values come from the event's payload,
 * which holds them as they were when it happened.
 */
final class MailPlans {

    /** At most this many of the shop's people get one alert (pages of a hundred). */
    private static final int MAX_STAFF_PAGES = 10;

    private final UserRepositoryPort users;
    private final OrderRepositoryPort orders;
    private final ProductRepositoryPort products;
    private final MailFormats formats;
    private final String baseUrl;

    MailPlans(UserRepositoryPort users, OrderRepositoryPort orders, ProductRepositoryPort products,
              MailFormats formats, String baseUrl) {
        this.users = users;
        this.orders = orders;
        this.products = products;
        this.formats = formats;
        this.baseUrl = baseUrl;
    }

    /**
     * @param invoiceId the invoice whose PDF goes with the mail; null when none
     */
    record Plan(MailTemplate template, Collection<User> recipients, Map<String, Object> model, UUID invoiceId,
                UUID customerId) {
    }

    List<Plan> plan(MailTrigger trigger) {
        Map<String, Object> data = trigger.payload();
        return switch (trigger.type()) {
            case "user:registered" -> single(MailTemplate.WELCOME, user(id(data, "userId")),
                    Map.of("email", text(data, "email")));
            case "order:created" -> single(MailTemplate.ORDER_PLACED, customer(trigger), placed(map(data, "order")));
            case "order:confirmed" -> single(MailTemplate.ORDER_CONFIRMED, customer(trigger), orderModel(trigger,
                    text(data, "orderNumber")));
            case "order:shipped" -> single(MailTemplate.ORDER_SHIPPED, customer(trigger), delivery(trigger, data));
            case "order:delivered" -> single(MailTemplate.ORDER_DELIVERED, customer(trigger), delivery(trigger, data));
            case "invoice:generated" -> invoice(trigger, map(data, "invoice"));
            case "payment:refunded" -> single(MailTemplate.REFUND_ISSUED, customer(trigger), refund(trigger, data));
            case "inventory:low-stock" -> stock(MailTemplate.LOW_STOCK, data);
            case "inventory:out-of-stock" -> stock(MailTemplate.OUT_OF_STOCK, data);
            case "payment:failed" -> paymentFailed(trigger, data);
            case "webhook:disabled" -> List.of(new Plan(MailTemplate.WEBHOOK_DISABLED, people(Role.ADMIN).values(),
                    Map.of("url", text(data, "url"), "reason", text(data, "reason")), null, null));
            default -> List.of();
        };
    }

    private static List<Plan> single(MailTemplate template, Optional<User> recipient, Map<String, Object> model) {
        return recipient.map(user -> List.of(new Plan(template, List.of(user), model, null, null))).orElse(List.of());
    }

    private Map<String, Object> placed(Map<String, Object> order) {
        String currency = text(order, "currency");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> line : maps(order, "lines")) {
            long unit = number(line, "unitPriceMinor");
            long quantity = number(line, "quantity");
            lines.add(Map.of("name", text(line, "name"), "sku", text(line, "sku"), "quantity", quantity,
                    "unitPrice", MailFormats.amount(unit, currency),
                    "lineTotal", MailFormats.amount(unit * quantity, currency)));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("orderNumber", text(order, "number"));
        model.put("orderUrl", orderUrl(text(order, "id")));
        model.put("lines", lines);
        model.put("total", MailFormats.amount(number(order, "totalMinor"), currency));
        model.put("cancellableUntil", MailFormats.time(Instant.parse(text(order, "cancellableUntil"))));
        return model;
    }

    private Map<String, Object> orderModel(MailTrigger trigger, String orderNumber) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("orderNumber", orderNumber);
        model.put("orderUrl", orderUrl(trigger.orderId().toString()));
        return model;
    }

    private Map<String, Object> delivery(MailTrigger trigger, Map<String, Object> data) {
        Map<String, Object> model = orderModel(trigger, text(data, "orderNumber"));
        String carrier = (String) data.get("carrier");
        String tracking = (String) data.get("trackingNumber");
        model.put("deliveryNumber", text(data, "deliveryNumber"));
        model.put("carrier", carrier);
        model.put("trackingNumber", tracking);
        model.put("trackingUrl", formats.trackingLink(carrier, tracking));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> line : maps(data, "lines")) {
            lines.add(Map.of("name", text(line, "name"), "sku", text(line, "sku"), "quantity",
                    number(line, "quantity")));
        }
        model.put("lines", lines);
        return model;
    }

    private List<Plan> invoice(MailTrigger trigger, Map<String, Object> invoice) {
        Optional<User> customer = customer(trigger);
        if (customer.isEmpty()) {
            return List.of();
        }
        Map<String, Object> model = orderModel(trigger, text(invoice, "orderNumber"));
        model.put("invoiceNumber", text(invoice, "number"));
        model.put("total", MailFormats.amount(number(invoice, "totalMinor"), text(invoice, "currency")));
        return List.of(new Plan(MailTemplate.INVOICE_ISSUED, List.of(customer.get()), model,
                UUID.fromString(text(invoice, "id")), trigger.customerId()));
    }

    private Map<String, Object> refund(MailTrigger trigger, Map<String, Object> data) {
        Map<String, Object> model = orderModel(trigger, orderNumber(trigger.orderId()));
        model.put("amount", MailFormats.amount(Math.abs(number(data, "amountMinor")), text(data, "currency")));
        model.put("method", text(data, "method"));
        return model;
    }

    /** The product's seller and the shop's people, each once. */
    private List<Plan> stock(MailTemplate template, Map<String, Object> data) {
        Optional<Product> product = products.findById(new ProductId(id(data, "productId")));
        if (product.isEmpty()) {
            return List.of();
        }
        Map<UUID, User> recipients = people(Role.STAFF, Role.ADMIN);
        user(product.get().sellerId().value()).ifPresent(seller -> recipients.putIfAbsent(seller.id().value(), seller));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sku", text(data, "sku"));
        model.put("productName", product.get().details().name());
        model.put("available", number(data, "available"));
        model.put("threshold", data.containsKey("threshold") ? number(data, "threshold") : 0);
        model.put("productUrl", baseUrl + "/#/manage/products");
        return List.of(new Plan(template, recipients.values(), model, null, null));
    }

    /** The shop's people and the sellers of the order's products. */
    private List<Plan> paymentFailed(MailTrigger trigger, Map<String, Object> data) {
        Map<UUID, User> recipients = people(Role.STAFF, Role.ADMIN);
        orders.findById(new OrderId(trigger.orderId())).ifPresent(order -> order.sellerIds()
                .forEach(seller -> user(seller).ifPresent(u -> recipients.putIfAbsent(seller, u))));
        Map<String, Object> model = orderModel(trigger, text(data, "orderNumber"));
        model.put("amount", MailFormats.amount(number(data, "amountMinor"), text(data, "currency")));
        model.put("gateway", text(data, "gateway"));
        model.put("reference", text(data, "providerReference"));
        model.put("message", data.get("message") == null ? "" : data.get("message"));
        return List.of(new Plan(MailTemplate.PAYMENT_FAILED, recipients.values(), model, null, null));
    }

    private Map<UUID, User> people(Role... roles) {
        Map<UUID, User> found = new LinkedHashMap<>();
        for (Role role : roles) {
            for (int page = 0; page < MAX_STAFF_PAGES; page++) {
                Page<User> batch = users.list(role, null, new PageRequest(page, PageRequest.MAX_SIZE));
                batch.items().forEach(u -> found.putIfAbsent(u.id().value(), u));
                if (batch.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
        }
        return found;
    }

    private Optional<User> customer(MailTrigger trigger) {
        return trigger.customerId() == null ? Optional.empty() : user(trigger.customerId());
    }

    private Optional<User> user(UUID id) {
        return users.findById(new UserId(id)).filter(User::isActive);
    }

    private String orderNumber(UUID orderId) {
        return orders.findById(new OrderId(orderId)).map(Order::number).map(n -> n.value()).orElse("");
    }

    private String orderUrl(String orderId) {
        return baseUrl + "/#/orders/" + orderId;
    }

    private static String text(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the event has no " + key);
        }
        return value.toString();
    }

    private static UUID id(Map<String, Object> data, String key) {
        return UUID.fromString(text(data, key));
    }

    private static long number(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(text(data, key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("the event has no " + key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        return List.of();
    }
}
