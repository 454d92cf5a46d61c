package dev.conveyor.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.mail.port.out.MailRendererPort.RenderedMail;
import dev.conveyor.application.mail.port.out.MailTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThymeleafMailRendererAdapterTest {

    private final ThymeleafMailRendererAdapter renderer = new ThymeleafMailRendererAdapter("en");

    @Test
    void theOrderPlacedMailShowsLinesTotalAndTheCancellationDeadlineInHtmlAndText() {
        Map<String, Object> model = common("Ada <Lovelace>", null);
        model.put("orderNumber", "ORD-2026-000042");
        model.put("orderUrl", "http://shop.example/#/orders/1");
        model.put("lines", List.of(Map.of("name", "Blue mug", "sku", "mug-1", "quantity", 2L, "unitPrice", "12.99 EUR",
                "lineTotal", "25.98 EUR")));
        model.put("total", "25.98 EUR");
        model.put("cancellableUntil", "2026-12-05 10:01 UTC");

        RenderedMail mail = renderer.render(MailTemplate.ORDER_PLACED, model);

        assertEquals("We have your order ORD-2026-000042", mail.subject());
        assertTrue(mail.text().startsWith("Hello Ada <Lovelace>,"), mail.text());
        assertTrue(mail.text().contains("- Blue mug (mug-1): 2 × 12.99 EUR"), mail.text());
        assertTrue(mail.text().contains("You can still cancel it until 2026-12-05 10:01 UTC"), mail.text());
        assertTrue(mail.text().contains("always sent"), mail.text());
        assertTrue(mail.html().contains("Hello Ada &lt;Lovelace&gt;,"), mail.html());
        assertTrue(mail.html().contains("href=\"http://shop.example/#/orders/1\""), mail.html());
        assertTrue(mail.html().contains("Total: 25.98 EUR"), mail.html());
        assertFalse(mail.html().contains("Unsubscribe"), mail.html());
    }

    @Test
    void anAlertCarriesItsUnsubscribeLinkAndEveryTemplateRenders() {
        Map<String, Object> model = common("", "http://shop.example/api/mail/unsubscribe?token=abc");
        model.putAll(Map.of("sku", "mug-1", "productName", "Blue mug", "available", 3L, "threshold", 5L,
                "productUrl", "http://shop.example/#/manage/products"));

        RenderedMail mail = renderer.render(MailTemplate.LOW_STOCK, model);

        assertEquals("Low stock: Blue mug (3 left)", mail.subject());
        assertTrue(mail.text().startsWith("Hello,"), mail.text());
        assertTrue(mail.text().contains("Unsubscribe: http://shop.example/api/mail/unsubscribe?token=abc"), mail.text());
        assertTrue(mail.html().contains("href=\"http://shop.example/api/mail/unsubscribe?token=abc\""), mail.html());

        Map<String, Object> everything = common("Ada", null);
        everything.putAll(model);
        everything.putAll(Map.of("email", "ada@example.com", "orderNumber", "ORD-1", "orderUrl", "u",
                "deliveryNumber", "DLV-1", "carrier", "UPS", "trackingNumber", "1Z", "trackingUrl", "t",
                "invoiceNumber", "INV-1", "total", "1.00 EUR", "amount", "1.00 EUR"));
        everything.putAll(Map.of("method", "CARD", "gateway", "stripe", "reference", "pi_1", "message", "declined",
                "url", "https://hooks.example", "reason", "500 for a day", "lines", List.of(), "cancellableUntil", "x"));
        for (MailTemplate template : MailTemplate.values()) {
            RenderedMail rendered = renderer.render(template, everything);
            assertFalse(rendered.subject().isBlank(), template.name());
            assertFalse(rendered.text().isBlank(), template.name());
        }
    }

    private static Map<String, Object> common(String name, String unsubscribeUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("shopUrl", "http://shop.example");
        model.put("unsubscribeUrl", unsubscribeUrl);
        return model;
    }
}
