package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Managed categories, product images, deleting products and the back office's customers, on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    /** Small enough for a test to exceed without nearing the server's 1 MB request limit. */
    private static final int MAX_IMAGE_BYTES = 100 * 1024;
    /** A 1×1 lossless WebP (the picture browsers' feature tests use). */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private final HttpClient raw = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(), "conveyor.media.max-image-size", MAX_IMAGE_BYTES / 1024 + "KB");
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply createCategory(String name, UUID parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return api.post("/api/categories").as(shop.admin()).json(body).send();
    }

    @Test
    void anAdministratorManagesCategoriesAndProductsPickThemById() {
        String kitchenName = unique("Kitchen");
        Reply kitchen = createCategory(kitchenName, null).expect(201);
        UUID kitchenId = kitchen.id();
        assertEquals(kitchenName.toLowerCase().replace(' ', '-'), kitchen.text("slug"));
        assertNull(kitchen.at("parentId"));
        UUID knives = createCategory(unique("Knives"), kitchenId).expect(201).id();
        List<?> all = api.get("/api/categories").send().expect(200).array();
        assertTrue(all.stream().anyMatch(c -> ((Map<?, ?>) c).get("id").equals(knives.toString())
                && ((Map<?, ?>) c).get("parentId").equals(kitchenId.toString())));

        Session seller = shop.user("SELLER");
        Map<String, Object> body = new HashMap<>(HttpShop.productBody("Chef's knife", 4500, 3));
        body.remove("category");
        body.put("categoryId", knives.toString());
        Reply product = api.post("/api/products").as(seller).json(body).send().expect(201);
        String knivesName = product.text("category");
        assertTrue(knivesName.startsWith("Knives "), knivesName);

        // the category of a product can be neither deleted nor lost; renamed, the product follows
        api.delete("/api/categories/" + knives).as(shop.admin()).send().expectProblem(409, "CATEGORY_IN_USE");
        api.delete("/api/categories/" + kitchenId).as(shop.admin()).send().expectProblem(409, "CATEGORY_IN_USE");
        String renamed = unique("Blades");
        api.put("/api/categories/" + knives).as(shop.admin())
                .json(Map.of("name", renamed, "parentId", kitchenId.toString())).send().expect(200);
        assertEquals(renamed, api.get("/api/products/" + product.id()).send().expect(200).text("category"));
        Reply filtered = api.get("/api/products?category=" + renamed.replace(" ", "%20")).send().expect(200);
        assertEquals(List.of(product.id().toString()), filtered.itemsText("id"));

        // moved to the parent, the sub-category empties and can go
        api.patch("/api/products/" + product.id()).as(seller).json(Map.of("categoryId", kitchenId.toString()))
                .send().expect(200);
        api.delete("/api/categories/" + knives).as(shop.admin()).send().expect(204);
        api.delete("/api/categories/" + knives).as(shop.admin()).send().expectProblem(404, "CATEGORY_NOT_FOUND");
    }

    @Test
    void badCategoriesAreRefusedNamingTheField() {
        String name = unique("Garden");
        UUID garden = createCategory(name, null).expect(201).id();
        UUID tools = createCategory(unique("Tools"), garden).expect(201).id();

        createCategory(name, null).expectProblem(409, "CATEGORY_TAKEN");
        createCategory(" ", null).expectInvalid("name");
        createCategory(unique("Deep"), tools).expectInvalid("parentId");
        createCategory(unique("Orphan"), UUID.randomUUID()).expectInvalid("parentId");
        api.post("/api/categories").as(shop.admin()).json(Map.of("name", unique("Slug"), "slug", "Not A Slug"))
                .send().expectInvalid("slug");
        api.put("/api/categories/" + garden).as(shop.admin()).json(Map.of("name", name, "parentId", tools.toString()))
                .send().expectInvalid("parentId");
        api.put("/api/categories/" + UUID.randomUUID()).as(shop.admin()).json(Map.of("name", unique("None")))
                .send().expectProblem(404, "CATEGORY_NOT_FOUND");

        Map<String, Object> body = new HashMap<>(HttpShop.productBody("Rake", 900, 1));
        body.put("categoryId", UUID.randomUUID().toString());
        api.post("/api/products").as(shop.user("SELLER")).json(body).send().expectInvalid("categoryId");
    }

    private static byte[] picture(String format, int width, int height, boolean noise) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, noise ? random.nextInt() : (x < width / 2 ? 0x3366cc : 0xffcc00));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertTrue(ImageIO.write(image, format, out), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A multipart/form-data body with one part, as a browser's FormData sends it. */
    private Reply upload(Session session, UUID product, String part, String fileName, String type, byte[] content) {
        String boundary = "----conveyor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Call call = api.post("/api/products/" + product + "/images")
                .body("multipart/form-data; boundary=" + boundary, body.toByteArray());
        return (session == null ? call : call.as(session)).send();
    }

    private HttpResponse<byte[]> file(String path) throws IOException, InterruptedException {
        return raw.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static BufferedImage decoded(HttpResponse<byte[]> response) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    @Test
    void aSellerUploadsPicturesThatTheCatalogueShowsAndBrowsersMayKeep() throws Exception {
        Session seller = shop.user("SELLER");
        UUID product = shop.product(seller, 5);

        Reply first = upload(seller, product, "file", "photo.bin", "application/octet-stream",
                picture("png", 1000, 500, false)).expect(201);
        assertEquals("image/png", first.text("contentType"));
        assertEquals(List.of(1000L, 500L, 0L), List.of(first.number("width"), first.number("height"),
                first.number("position")));

        HttpResponse<byte[]> large = file(first.text("url"));
        assertEquals(200, large.statusCode());
        assertEquals("image/jpeg", large.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", large.headers().firstValue("Cache-Control").orElseThrow());
        String etag = large.headers().firstValue("ETag").orElseThrow();
        BufferedImage fitted = decoded(large);
        assertEquals(List.of(800, 400), List.of(fitted.getWidth(), fitted.getHeight()));
        BufferedImage thumbnail = decoded(file(first.text("thumbnailUrl")));
        assertEquals(List.of(200, 100), List.of(thumbnail.getWidth(), thumbnail.getHeight()));
        api.get(first.text("url")).header("If-None-Match", etag).send().expect(304);

        Reply second = upload(seller, product, "file", "tiny.webp", "image/webp", WEBP).expect(201);
        assertEquals("image/webp", second.text("contentType"));
        Reply catalogue = api.get("/api/products?size=100").send().expect(200);
        Map<?, ?> listed = catalogue.list("items").stream().map(item -> (Map<?, ?>) item)
                .filter(item -> item.get("id").equals(product.toString())).findFirst().orElseThrow();
        assertEquals(first.text("thumbnailUrl"), ((Map<?, ?>) ((List<?>) listed.get("images")).get(0))
                .get("thumbnailUrl"));

        api.put("/api/products/" + product + "/images/order").as(seller)
                .json(Map.of("imageIds", List.of(second.id().toString(), first.id().toString()))).send().expect(200);
        Reply reordered = api.get("/api/products/" + product).send().expect(200);
        assertEquals(List.of(second.id().toString(), first.id().toString()),
                reordered.list("images").stream().map(image -> ((Map<?, ?>) image).get("id")).toList());

        api.delete("/api/products/" + product + "/images/" + second.id()).as(seller).send().expect(204);
        assertEquals(404, file(second.text("url")).statusCode(), "the removed picture's files are gone");
        Reply left = api.get("/api/products/" + product).send().expect(200);
        assertEquals(List.of(first.id().toString(), "0"), List.of(left.text("images.0.id"),
                left.text("images.0.position")));
        api.delete("/api/products/" + product + "/images/" + second.id()).as(seller).send()
                .expectProblem(404, "IMAGE_NOT_FOUND");
    }

    @Test
    void anUploadIsCheckedByItsContentAndSize() {
        Session seller = shop.user("SELLER");
        UUID product = shop.product(seller, 5);

        upload(seller, product, "file", "photo.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8))
                .expectInvalid("file");
        upload(seller, product, "file", "anim.gif", "image/gif", picture("gif", 10, 10, false)).expectInvalid("file");
        upload(seller, product, "picture", "photo.png", "image/png", picture("png", 10, 10, false))
                .expectInvalid("file");
        byte[] noisy = picture("png", 200, 200, true);
        assertTrue(noisy.length > MAX_IMAGE_BYTES, "the noise compresses to " + noisy.length + " bytes");
        upload(seller, product, "file", "noise.png", "image/png", noisy).expectProblem(413, "PAYLOAD_TOO_LARGE");
        assertEquals("file", upload(seller, product, "file", "noise.png", "image/png", noisy).text("field"));

        byte[] fine = picture("jpg", 50, 40, false);
        upload(null, product, "file", "a.jpg", "image/jpeg", fine).expectProblem(401, "UNAUTHENTICATED");
        upload(shop.customer(), product, "file", "a.jpg", "image/jpeg", fine).expectProblem(403, "FORBIDDEN");
        upload(shop.user("SELLER"), product, "file", "a.jpg", "image/jpeg", fine).expectProblem(403, "FORBIDDEN");
        upload(shop.admin(), product, "file", "a.jpg", "image/jpeg", fine).expect(201);
        assertEquals(1, api.get("/api/products/" + product).send().expect(200).list("images").size());
        api.get("/api/media/..%2F..%2Fetc%2Fpasswd").send().expectProblem(404, "MEDIA_NOT_FOUND");
    }

    @Test
    void aProductNobodyOrderedIsDeletedAndAnOrderedOneArchived() throws Exception {
        Session seller = shop.user("SELLER");
        Session customer = shop.customer();
        UUID unsold = shop.product(seller, 5);
        Reply picture = shop.imageUpload(unsold).as(seller).send().expect(201);
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", unsold.toString(), "quantity", 1))
                .send().expect(200);
        UUID sold = shop.product(seller, 5);
        UUID order = shop.order(customer, sold);

        api.delete("/api/products/" + unsold).as(shop.user("SELLER")).send().expectProblem(404, "PRODUCT_NOT_FOUND");
        api.delete("/api/products/" + unsold).as(shop.user("STAFF")).send().expectProblem(403, "FORBIDDEN");
        Reply deleted = api.delete("/api/products/" + unsold).as(seller).send().expect(200);
        assertEquals("DELETED", deleted.text("outcome"));
        api.get("/api/products/" + unsold).as(seller).send().expectProblem(404, "PRODUCT_NOT_FOUND");
        assertEquals(404, file(picture.text("url")).statusCode());
        assertEquals(List.of(), api.get("/api/cart").as(customer).send().expect(200).list("lines"));

        Reply archived = api.delete("/api/products/" + sold).as(shop.admin()).send().expect(200);
        assertEquals("ARCHIVED", archived.text("outcome"));
        api.get("/api/products/" + sold).send().expectProblem(404, "PRODUCT_NOT_FOUND");
        assertEquals("false", api.get("/api/products/" + sold).as(seller).send().expect(200).text("active"));
        assertTrue(!api.get("/api/products?size=100").send().expect(200).itemsText("id").contains(sold.toString()));
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", sold.toString(), "quantity", 1))
                .send().expect(404);
        assertEquals(sold.toString(), api.get("/api/orders/" + order).as(customer).send().expect(200)
                .text("lines.0.productId"));
    }

    @Test
    void staffFindCustomersAndSeeWhatTheyOrdered() {
        String name = unique("Grace");
        String email = HttpShop.newEmail("grace");
        api.post("/api/auth/signup").json(Map.of("email", email, "password", HttpShop.PASSWORD, "name", name))
                .send().expect(201);
        Session grace = Session.of(shop.logIn(email, HttpShop.PASSWORD).expect(200));
        UUID product = shop.product(shop.user("SELLER"), 10);
        UUID first = shop.order(grace, product);
        UUID second = shop.order(grace, product);
        UUID cancelled = shop.order(grace, product);
        api.post("/api/orders/" + cancelled + "/cancel").as(grace).json(Map.of()).send().expect(200);
        Session staff = shop.user("STAFF");

        Reply found = api.get("/api/admin/customers?q=" + name.substring(6)).as(staff).send().expect(200);
        assertEquals(List.of(email), found.itemsText("email"));
        assertEquals(List.of(), api.get("/api/admin/customers?q=" + UUID.randomUUID()).as(staff).send().expect(200)
                .list("items"));

        Reply customer = api.get("/api/admin/customers/" + grace.userId()).as(staff).send().expect(200);
        assertEquals(List.of(email, name), List.of(customer.text("email"), customer.text("name")));
        assertEquals(2, customer.number("ordersCount"), "the cancelled order is not counted");
        assertEquals(List.of(2 * 1999L, "EUR"), List.of(customer.number("totalSpent.0.amountMinor"),
                customer.text("totalSpent.0.currency")));
        assertEquals(List.of(cancelled.toString(), second.toString(), first.toString()),
                customer.list("recentOrders").stream().map(order -> ((Map<?, ?>) order).get("id")).toList());
        api.get("/api/admin/customers/" + UUID.randomUUID()).as(staff).send().expectProblem(404, "CUSTOMER_NOT_FOUND");
        api.get("/api/admin/customers").as(grace).send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void aFreeTextCategoryBecomesAManagedOne() {
        String name = unique("Legacy");
        Map<String, Object> body = new HashMap<>(HttpShop.productBody("Old client's product", 900, 1));
        body.put("category", name);
        api.post("/api/products").as(shop.user("SELLER")).json(body).send().expect(201);

        List<?> all = api.get("/api/categories").send().expect(200).array();
        assertTrue(all.stream().anyMatch(c -> ((Map<?, ?>) c).get("name").equals(name)), "categories: " + all);
    }
}
