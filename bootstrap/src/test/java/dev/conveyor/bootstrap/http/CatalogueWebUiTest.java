package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The catalogue as a shop owner runs it in the browser: pictures uploaded by an administrator show in the
 * shop, customers browse by category, staff look a customer up; every new page checked at both widths.
 */
@MicronautTest(transactional = false)
class CatalogueWebUiTest extends BrowserTestSupport {

    @Override
    public Map<String, String> getProperties() {
        return TestServers.h2();
    }

    private UUID category(String name, UUID parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return api.post("/api/categories").as(shop.admin()).json(body).send().expect(201).id();
    }

    private Reply product(Session seller, String name, UUID category) {
        Map<String, Object> body = new HashMap<>(HttpShop.productBody(name, 2500, 10));
        body.remove("category");
        body.put("categoryId", category.toString());
        return api.post("/api/products").as(seller).json(body).send().expect(201);
    }

    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                image.setRGB(x, y, ((x / 40 + y / 40) % 2 == 0) ? 0x2458d6 : 0xf2c14e);
            }
        }
        Path file = Files.createTempFile("conveyor-photo-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void anUploadedPictureShowsInTheShopWhichCustomersBrowseByCategory() throws IOException {
        UUID kitchen = category("Kitchen", null);
        UUID knives = category("Knives", kitchen);
        Session seller = shop.user("SELLER");
        Reply knife = product(seller, "Chef's knife", knives);
        Reply pan = product(seller, "Frying pan", kitchen);
        Path picture = photo();

        try (Browser admin = browser()) {
            admin.signIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD);
            admin.click("#nav-products").type("#f-q", "Chef").click("form[role=search] button[type=submit]")
                    .waitForCount("[data-test=managed-product]", 1);
            admin.click("[data-test=managed-product] [data-action=pictures]");
            admin.attach("#f-file", picture).click("#upload-picture").waitForCount("[data-test=picture]", 1);
            admin.check("admin-product-pictures");

            admin.click("#nav-categories").waitForText("table", "Knives");
            int before = admin.all("[data-test=category]").size();
            admin.type("#new-category #f-name", "Garden").click("#new-category button[type=submit]")
                    .waitForCount("[data-test=category]", before + 1).waitForText("table", "Garden");
            admin.check("admin-categories");
        }
        Reply withPicture = api.get("/api/products/" + knife.id()).send().expect(200);
        String thumbnail = withPicture.text("images.0.thumbnailUrl");

        try (Browser visitor = browser()) {
            visitor.open("/");
            WebElement image = visitor.find("[data-test=product][data-sku='" + knife.text("sku")
                    + "'] img[data-test=product-image]");
            assertTrue(image.getAttribute("src").endsWith(thumbnail), image.getAttribute("src"));
            assertTrue(Boolean.TRUE.equals(visitor.script("return arguments[0].complete && arguments[0].naturalWidth === 200",
                    image)), "the browser loaded the 200-pixel thumbnail");
            visitor.check("catalogue-categories");
            List<String> shown = visitor.all("[data-test=category-link]").stream().map(WebElement::getText).toList();
            assertEquals("All products", shown.get(0), shown::toString);
            assertTrue(shown.indexOf("Garden") < shown.indexOf("Kitchen")
                    && shown.indexOf("Kitchen") + 1 == shown.indexOf("Knives"),
                    () -> "top-level categories by name, each followed by its sub-categories: " + shown);
        }

        try (Browser visitor = browser()) {
            visitor.open("/");
            visitor.find("[data-test=product][data-sku='" + pan.text("sku") + "']");
            visitor.script("[...document.querySelectorAll('[data-test=category-link]')]"
                    + ".find((b) => b.textContent === 'Knives').click()");
            visitor.waitForCount("[data-test=product]", 1).waitForText("h1", "Knives");
            assertEquals(knife.text("sku"), visitor.find("[data-test=product]").getAttribute("data-sku"));
            visitor.script("[...document.querySelectorAll('[data-test=category-link]')]"
                    + ".find((b) => b.textContent === 'Kitchen').click()");
            // the knife's card stays until the kitchen's page has come
            visitor.find("[data-test=product][data-sku='" + pan.text("sku") + "']");
            visitor.waitForCount("[data-test=product]", 1);
            assertEquals(pan.text("sku"), visitor.find("[data-test=product]").getAttribute("data-sku"));
            visitor.find("[data-test=product] a").click();
            visitor.find(".product-detail h1");
        }
    }

    @Test
    void staffFindACustomerAndTheirOrders() {
        Session customer = shop.customer();
        api.patch("/api/users/me").as(customer).json(Map.of("name", "Ada Lovelace", "phone", "+44 20 7946 0001"))
                .send().expect(200);
        UUID product = shop.product(shop.user("SELLER"), 10);
        Reply order = shop.placeOrder(customer, product, 2).expect(201);

        try (Browser staff = browser()) {
            Session member = shop.user("STAFF");
            staff.signIn(member.email(), HttpShop.PASSWORD);
            staff.click("#nav-customers").type("#f-q", customer.email()).click("#search-customers")
                    .waitForCount("[data-test=customer]", 1);
            staff.check("admin-customers");
            staff.click("[data-test=customer] a").waitForText("#customer-orders-count", "1");
            assertEquals("€39.98", staff.text("#customer-spent"));
            assertEquals(order.text("number"), staff.find("[data-test=customer-order] a").getText());
            staff.check("admin-customer");

            staff.click("[data-test=customer-order] a").waitForText("#customer-contact", customer.email());
            staff.click("#customer-page-link").waitForText("h1", "Ada Lovelace");
        }
    }
}
