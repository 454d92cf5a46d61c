package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;

/** Who sees and who manages a product: its seller and the back office manage, inactive ones are hidden from others. */
public final class ProductAccess {

    private final ProductRepositoryPort products;

    public ProductAccess(ProductRepositoryPort products) {
        this.products = products;
    }

    public Product visible(Actor actor, ProductId id) {
        Product product = products.findById(id).orElseThrow(() -> notFound(id));
        if (!product.isActive() && !manages(actor, product)) {
            throw notFound(id);
        }
        return product;
    }

    /** The product, if the caller may change it; administrators may always, sellers their own. */
    public Product editable(Actor actor, ProductId id) {
        actor.requireRole(Role.SELLER, Role.ADMIN);
        return requireManaged(actor, visible(actor, id));
    }

    /** Stock is also kept by staff (the warehouse). */
    public Product stockKeepable(Actor actor, ProductId id) {
        actor.requireRole(Role.SELLER, Role.STAFF, Role.ADMIN);
        return requireManaged(actor, visible(actor, id));
    }

    private Product requireManaged(Actor actor, Product product) {
        if (!manages(actor, product)) {
            throw new ForbiddenException("product " + product.sku() + " belongs to another seller");
        }
        return product;
    }

    private static boolean manages(Actor actor, Product product) {
        return actor.isBackOffice() || (actor.is(Role.SELLER) && product.isOwnedBy(actor.userId()));
    }

    public static NotFoundException notFound(ProductId id) {
        return new NotFoundException("PRODUCT_NOT_FOUND", "product " + id + " does not exist");
    }
}
