package dev.conveyor.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery.Media;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.testsupport.TestPostgres;
import io.micronaut.context.ApplicationContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code CONVEYOR_DEMO=true}: an empty database gets the demo shop, with a picture of every product and orders
 * in every status with their deliveries, invoices and payments; a second start on the same database changes
 * nothing, and the in-memory adapters get the very same shop.
 */
class DemoDataTest {

    @TempDir
    Path folder;

    @Test
    void theDemoShopHasEveryStatusAndASecondStartChangesNothing() throws IOException {
        Map<String, Object> settings = settings(folder.resolve("postgres-media"));
        settings.put("datasources.default.url", TestPostgres.freshDatabase());
        settings.put("datasources.default.username", "");
        settings.put("datasources.default.password", "");

        List<String> first = shop(settings);
        List<String> second = shop(settings);
        assertEquals(first, second, "a second start with the demo switched on changes nothing");

        // as the application starts with conveyor.persistence=memory: no database at all (see Application)
        assertEquals(first, shop(settings(folder.resolve("memory-media")), "memory"),
                "the in-memory adapters get the same shop");
    }

    private static Map<String, Object> settings(Path media) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("conveyor.demo.enabled", "true");
        // the orders placed "just now" stay PENDING while the test looks
        settings.put("conveyor.orders.cancellation-window", "10m");
        settings.put("conveyor.media.directory", media.toString());
        settings.put("micronaut.server.port", "-1");
        return settings;
    }

    /** Starts the application on these settings and describes its shop. */
    private static List<String> shop(Map<String, Object> settings, String... environments) throws IOException {
        try (ApplicationContext context = ApplicationContext.run(settings, environments)) {
            everyProductHasAThumbnail(context);
            return DemoShopView.describe(context);
        }
    }

    /** What a product list shows: the first picture's 200-pixel variant, as GET /api/media/{name} reads it. */
    private static void everyProductHasAThumbnail(ApplicationContext context) throws IOException {
        List<Product> products = context.getBean(ListProductsQuery.class).catalogue(Actor.anonymous("demo-test"),
                new ProductFilter(null, null, null, null), PageRequest.of(0, 100)).items();
        Map<ProductId, List<ProductImage>> images = context.getBean(ListProductImagesQuery.class)
                .of(products.stream().map(Product::id).toList());
        ReadMediaQuery media = context.getBean(ReadMediaQuery.class);
        for (Product product : products) {
            List<ProductImage> pictures = images.getOrDefault(product.id(), List.of());
            assertFalse(pictures.isEmpty(), product.sku().value() + " has a picture");
            Media thumbnail = media.read(pictures.get(0).variantName(200)).orElseThrow(
                    () -> new AssertionError(product.sku().value() + "'s thumbnail is stored"));
            assertEquals("image/jpeg", thumbnail.contentType(), product.sku().value());
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnail.content()));
            assertEquals(200, Math.max(decoded.getWidth(), decoded.getHeight()), product.sku().value());
        }
    }
}
