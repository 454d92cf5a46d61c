package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.port.in.AdjustStockUseCase;
import dev.conveyor.application.port.in.BootstrapAdminUseCase;
import dev.conveyor.application.port.in.CancelOrderUseCase;
import dev.conveyor.application.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.port.in.CreateProductUseCase;
import dev.conveyor.application.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.port.in.GetMyProfileQuery;
import dev.conveyor.application.port.in.GetOrderQuery;
import dev.conveyor.application.port.in.GetProductQuery;
import dev.conveyor.application.port.in.ListMyOrdersQuery;
import dev.conveyor.application.port.in.ListProductsQuery;
import dev.conveyor.application.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.port.in.ListUsersQuery;
import dev.conveyor.application.port.in.LogInUseCase;
import dev.conveyor.application.port.in.LogOutUseCase;
import dev.conveyor.application.port.in.PlaceOrderUseCase;
import dev.conveyor.application.port.in.RefreshSessionUseCase;
import dev.conveyor.application.port.in.SignUpUseCase;
import dev.conveyor.application.port.in.UpdateMyProfileUseCase;
import dev.conveyor.application.port.in.UpdateProductUseCase;
import dev.conveyor.application.service.CorePorts;
import dev.conveyor.application.service.CoreServices;
import dev.conveyor.application.service.CoreSettings;
import dev.conveyor.application.service.FulfilmentServices;
import dev.conveyor.application.service.LoginLimits;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Assembles the framework-free core from whichever adapters the configuration
 * selected, and exposes each use case as a bean for the driving adapters.
 */
@Factory
public class CoreFactory {

    /** Microsecond ticks: what PostgreSQL stores, so an instant reads back exactly as it was returned. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Singleton
    CoreSettings coreSettings(
            @Property(name = "conveyor.orders.cancellation-window", defaultValue = "60s") Duration cancellationWindow,
            @Property(name = "conveyor.orders.idempotency-retention", defaultValue = "24h") Duration idempotency,
            @Property(name = "conveyor.security.refresh-token-lifetime", defaultValue = "14d") Duration refresh,
            @Property(name = "conveyor.security.login.attempts-per-account", defaultValue = "10") int perAccount,
            @Property(name = "conveyor.security.login.attempts-per-address", defaultValue = "100") int perAddress,
            @Property(name = "conveyor.security.login.window", defaultValue = "5m") Duration loginWindow) {
        return new CoreSettings(cancellationWindow, idempotency, refresh,
                new LoginLimits(perAccount, perAddress, loginWindow));
    }

    @Singleton
    CoreServices coreServices(CorePorts ports, CoreSettings settings, Clock clock, FulfilmentServices fulfilment) {
        return new CoreServices(ports, settings, clock, fulfilment);
    }

    @Singleton
    SignUpUseCase signUp(CoreServices core) {
        return core.signUp();
    }

    @Singleton
    LogInUseCase logIn(CoreServices core) {
        return core.logIn();
    }

    @Singleton
    RefreshSessionUseCase refreshSession(CoreServices core) {
        return core.refreshSession();
    }

    @Singleton
    LogOutUseCase logOut(CoreServices core) {
        return core.logOut();
    }

    @Singleton
    GetMyProfileQuery myProfile(CoreServices core) {
        return core.myProfile();
    }

    @Singleton
    UpdateMyProfileUseCase updateMyProfile(CoreServices core) {
        return core.updateMyProfile();
    }

    @Singleton
    DeleteMyAccountUseCase deleteMyAccount(CoreServices core) {
        return core.deleteMyAccount();
    }

    @Singleton
    ListUsersQuery listUsers(CoreServices core) {
        return core.listUsers();
    }

    @Singleton
    ChangeUserRoleUseCase changeUserRole(CoreServices core) {
        return core.changeUserRole();
    }

    @Singleton
    BootstrapAdminUseCase bootstrapAdmin(CoreServices core) {
        return core.bootstrapAdmin();
    }

    @Singleton
    CreateProductUseCase createProduct(CoreServices core) {
        return core.createProduct();
    }

    @Singleton
    UpdateProductUseCase updateProduct(CoreServices core) {
        return core.updateProduct();
    }

    @Singleton
    AdjustStockUseCase adjustStock(CoreServices core) {
        return core.adjustStock();
    }

    @Singleton
    ListStockAdjustmentsQuery listStockAdjustments(CoreServices core) {
        return core.listStockAdjustments();
    }

    @Singleton
    ListProductsQuery listProducts(CoreServices core) {
        return core.listProducts();
    }

    @Singleton
    GetProductQuery getProduct(CoreServices core) {
        return core.getProduct();
    }

    @Singleton
    PlaceOrderUseCase placeOrder(CoreServices core) {
        return core.placeOrder();
    }

    @Singleton
    GetOrderQuery getOrder(CoreServices core) {
        return core.getOrder();
    }

    @Singleton
    ListMyOrdersQuery listMyOrders(CoreServices core) {
        return core.listMyOrders();
    }

    @Singleton
    CancelOrderUseCase cancelOrder(CoreServices core) {
        return core.cancelOrder();
    }

    @Singleton
    ChangeOrderStatusUseCase changeOrderStatus(CoreServices core) {
        return core.changeOrderStatus();
    }

    @Singleton
    ConfirmDueOrdersUseCase confirmDueOrders(CoreServices core) {
        return core.confirmDueOrders();
    }
}
