package dev.conveyor.bootstrap.support;

import dev.conveyor.application.accounts.port.in.BootstrapAdminUseCase;
import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.LogInCommand;
import dev.conveyor.application.accounts.port.in.LogInUseCase;
import dev.conveyor.application.accounts.port.in.SignUpCommand;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase.CreateProductCommand;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds users, products and orders through the use cases, so every test starts from real state. */
@Singleton
public class Shop {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Inject SignUpUseCase signUp;
    @Inject LogInUseCase logIn;
    @Inject BootstrapAdminUseCase bootstrapAdmin;
    @Inject ChangeUserRoleUseCase changeRole;
    @Inject CreateProductUseCase createProduct;
    @Inject GetProductQuery getProduct;
    @Inject AdjustStockUseCase adjustStock;

    private Actor admin;

    public synchronized Actor admin() {
        if (admin == null) {
            String email = "admin-" + UUID.randomUUID() + "@conveyor.test";
            User created = bootstrapAdmin.ensureAdmin(email, PASSWORD).orElseThrow();
            admin = actor(created);
        }
        return admin;
    }

    public Actor customer() {
        return actor(newUser("customer"));
    }

    public Actor user(Role role) {
        User user = newUser(role.name().toLowerCase());
        if (role == Role.CUSTOMER) {
            return actor(user);
        }
        return actor(changeRole.changeRole(admin(), user.id(), role));
    }

    public User newUser(String kind) {
        String email = kind + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID() + "@conveyor.test";
        return signUp.signUp(anonymous(), SignUpCommand.of(email, PASSWORD, "Test " + kind));
    }

    public String emailOf(User user) {
        return user.email().value();
    }

    public LogInCommand login(String email) {
        return new LogInCommand(email, PASSWORD, "127.0.0.1");
    }

    public Product product(Actor seller, int stock) {
        return product(seller, stock, 1999, "EUR");
    }

    public Product product(Actor seller, int stock, long priceMinor, String currency) {
        int n = COUNTER.incrementAndGet();
        return createProduct.create(seller, new CreateProductCommand(new Sku("SKU-" + n + "-" + shortId()),
                new ProductDetails("Product " + n, "A test product", "tests", null), Money.of(priceMinor, currency),
                stock, 2, null));
    }

    public Product namedProduct(Actor seller, String name, String category, long priceMinor) {
        return create(seller, new CreateProductCommand(new Sku("SKU-" + COUNTER.incrementAndGet() + "-" + shortId()),
                new ProductDetails(name, null, category, null), Money.of(priceMinor, "EUR"), 10, 2, null));
    }

    public Product create(Actor seller, CreateProductCommand command) {
        return createProduct.create(seller, command);
    }

    public Product reload(Product product) {
        return getProduct.get(admin(), product.id());
    }

    public static PlaceOrderCommand order(ProductId product, int quantity) {
        return new PlaceOrderCommand(List.of(new PlaceOrderCommand.Line(product, quantity)), address(), null);
    }

    public static PlaceOrderCommand order(List<PlaceOrderCommand.Line> lines) {
        return new PlaceOrderCommand(lines, address(), "please ring twice");
    }

    public static Address address() {
        return Address.of("shippingAddress", "Ada Lovelace", "1 Analytical Street", null, "London", null, "N1 9GU",
                "GB");
    }

    public static Actor actor(User user) {
        return Actor.user(user.id(), user.role(), "test-" + UUID.randomUUID());
    }

    public static Actor anonymous() {
        return Actor.anonymous("test-" + UUID.randomUUID());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
