package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.support.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.backoffice.port.in.ListCustomersQuery;
import dev.conveyor.application.backoffice.port.in.ListCustomersQuery.CustomerRecord;
import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase;
import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase.CategoryCommand;
import dev.conveyor.application.catalog.port.in.DeleteCategoryUseCase;
import dev.conveyor.application.catalog.port.in.DeleteProductUseCase;
import dev.conveyor.application.catalog.port.in.DeleteProductUseCase.Outcome;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery;
import dev.conveyor.application.catalog.port.in.UpdateCategoryUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Categories, pictures, deleting products and the back office's customers; each subclass runs them on one adapter. */
abstract class CatalogueContract {

    @Inject Shop shop;
    @Inject CreateCategoryUseCase createCategory;
    @Inject UpdateCategoryUseCase updateCategory;
    @Inject DeleteCategoryUseCase deleteCategory;
    @Inject GetProductQuery getProduct;
    @Inject AddProductImageUseCase addImage;
    @Inject ListProductImagesQuery images;
    @Inject ReadMediaQuery media;
    @Inject DeleteProductUseCase deleteProduct;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject ListCustomersQuery customers;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void productsNameTheirManagedCategoryWhichCannotGoWhileItHasThem() {
        Actor admin = shop.admin();
        String name = unique("Lamps");
        Category lamps = createCategory.create(admin, new CategoryCommand(name, null, null));
        Product lamp = shop.namedProduct(shop.user(Role.SELLER), "Desk lamp", name.toUpperCase(), 2500);
        assertEquals(name, lamp.details().category(), "the category as its managed name spells it");

        ConflictException inUse = assertThrows(ConflictException.class, () -> deleteCategory.delete(admin, lamps.id()));
        assertEquals("CATEGORY_IN_USE", inUse.code());
        assertTrue(inUse.getMessage().contains(name), inUse.getMessage());

        String renamed = unique("Lighting");
        updateCategory.update(admin, lamps.id(), new CategoryCommand(renamed, null, null));
        assertEquals(renamed, getProduct.get(admin, lamp.id()).details().category());

        Category empty = createCategory.create(admin, new CategoryCommand(unique("Empty"), null, lamps.id()));
        deleteCategory.delete(admin, empty.id());
        assertThrows(NotFoundException.class, () -> deleteCategory.delete(admin, empty.id()));
    }

    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aProductNobodyOrderedGoesWithItsPicturesAndAnOrderedOneIsArchived() {
        Actor seller = shop.user(Role.SELLER);
        Product unsold = shop.product(seller, 5);
        ProductImage picture = addImage.add(seller, unsold.id(), png(300, 100));
        assertEquals(ProductImage.SIZES.size() + 1, picture.fileNames().size());
        assertEquals("png", picture.variantName(200).substring(picture.variantName(200).length() - 3),
                "a picture that may be transparent keeps PNG variants");
        assertEquals(List.of(picture), images.of(List.of(unsold.id())).get(unsold.id()));
        assertTrue(media.read(picture.variantName(200)).isPresent());

        assertEquals(Outcome.DELETED, deleteProduct.delete(seller, unsold.id()));
        assertThrows(NotFoundException.class, () -> getProduct.get(seller, unsold.id()));
        picture.fileNames().forEach(name -> assertFalse(media.read(name).isPresent(), name));

        Product sold = shop.product(seller, 5);
        placeOrder.place(shop.customer(), order(sold.id(), 1), null);
        assertThrows(NotFoundException.class, () -> deleteProduct.delete(shop.user(Role.SELLER), sold.id()));
        assertEquals(Outcome.ARCHIVED, deleteProduct.delete(seller, sold.id()));
        assertFalse(getProduct.get(seller, sold.id()).isActive());
    }

    @Test
    void aCustomersRecordCountsTheirOrdersButNotTheCancelledOnes() {
        Actor customer = shop.customer();
        Product product = shop.product(shop.user(Role.SELLER), 10);
        placeOrder.place(customer, order(product.id(), 2), null);
        placeOrder.place(customer, order(product.id(), 1), null);

        CustomerRecord record = customers.customer(shop.user(Role.STAFF), customer.userId());

        assertEquals(2, record.figures().orders());
        assertEquals(List.of(Money.of(3 * 1999, "EUR")), record.figures().spent());
        assertEquals(2, record.recentOrders().size());
        assertThrows(dev.conveyor.domain.shared.ForbiddenException.class,
                () -> customers.customer(customer, customer.userId()));
    }
}
