package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.accounts.port.in.AddMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.BootstrapAdminUseCase;
import dev.conveyor.application.accounts.port.in.ChangeMyPasswordUseCase;
import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.in.DeleteMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.GetAccountQuery;
import dev.conveyor.application.accounts.port.in.GetMyProfileQuery;
import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.accounts.port.in.ListMyAddressesQuery;
import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.accounts.port.in.LogInUseCase;
import dev.conveyor.application.accounts.port.in.LogOutUseCase;
import dev.conveyor.application.accounts.port.in.RefreshSessionUseCase;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.accounts.port.in.UpdateMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase;
import dev.conveyor.application.accounts.port.out.AccessTokenPort;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.accounts.port.out.PasswordHasherPort;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.application.accounts.service.AccountServices;
import dev.conveyor.application.accounts.service.AccountSettings;
import dev.conveyor.application.accounts.service.LoginLimits;
import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.in.ChangeProductImagesUseCase;
import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.DeleteCategoryUseCase;
import dev.conveyor.application.catalog.port.in.DeleteProductUseCase;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.catalog.port.in.ListCategoriesQuery;
import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery;
import dev.conveyor.application.catalog.port.in.RemoveProductImageUseCase;
import dev.conveyor.application.catalog.port.in.UpdateCategoryUseCase;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.application.catalog.port.out.ImageProcessingPort;
import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.application.catalog.port.out.ProductRemovalPort;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.catalog.service.CatalogServices;
import dev.conveyor.application.fulfilment.service.FulfilmentServices;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.in.GetCachedOrderQuery;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery;
import dev.conveyor.application.ordering.port.in.ListOrderEditsQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.ordering.port.out.OrderEditRepositoryPort;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.ordering.service.OrderingServices;
import dev.conveyor.application.payments.service.PaymentServices;
import dev.conveyor.application.pricing.service.PricingServices;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
    AccountServices accountServices(
            SharedServices shared, AccessTokenPort accessTokens, RefreshTokenPort refreshTokens,
            SessionMarkerPort sessionMarkers, SessionSignalPort sessionSignals, PasswordHasherPort passwordHasher,
            AddressBookPort addressBook,
            @Property(name = "conveyor.security.refresh-token-lifetime", defaultValue = "14d") Duration refresh,
            @Property(name = "conveyor.security.login.attempts-per-account", defaultValue = "10") int perAccount,
            @Property(name = "conveyor.security.login.attempts-per-account-everywhere", defaultValue = "100")
            int perAccountEverywhere,
            @Property(name = "conveyor.security.login.attempts-per-address", defaultValue = "100") int perAddress,
            @Property(name = "conveyor.security.login.window", defaultValue = "5m") Duration loginWindow) {
        return new AccountServices(shared, accessTokens, refreshTokens, sessionMarkers, sessionSignals,
                passwordHasher, addressBook, new AccountSettings(refresh,
                new LoginLimits(perAccount, perAccountEverywhere, perAddress, loginWindow)));
    }

    @Singleton
    CatalogServices catalogServices(
            SharedServices shared, StockAdjustmentLogPort stockAdjustments, CategoryPort categories,
            ProductImagePort images, MediaStoragePort media, ImageProcessingPort imageProcessing,
            ProductRemovalPort removal,
            @Property(name = "conveyor.media.max-image-size", defaultValue = "1MB") @ReadableBytes long maxImageSize) {
        return new CatalogServices(shared, stockAdjustments, categories, new CatalogServices.MediaPorts(images,
                media, imageProcessing, maxImageSize), removal);
    }

    @Singleton
    DeleteProductUseCase deleteProduct(CatalogServices catalog) {
        return catalog.deleteProduct();
    }

    @Singleton
    AddProductImageUseCase addProductImage(CatalogServices catalog) {
        return catalog.addProductImage();
    }

    @Singleton
    ChangeProductImagesUseCase changeProductImages(CatalogServices catalog) {
        return catalog.changeProductImages();
    }

    @Singleton
    RemoveProductImageUseCase removeProductImage(CatalogServices catalog) {
        return catalog.removeProductImage();
    }

    @Singleton
    ListProductImagesQuery listProductImages(CatalogServices catalog) {
        return catalog.listProductImages();
    }

    @Singleton
    ReadMediaQuery readMedia(CatalogServices catalog) {
        return catalog.readMedia();
    }

    @Singleton
    ListCategoriesQuery listCategories(CatalogServices catalog) {
        return catalog.listCategories();
    }

    @Singleton
    CreateCategoryUseCase createCategory(CatalogServices catalog) {
        return catalog.createCategory();
    }

    @Singleton
    UpdateCategoryUseCase updateCategory(CatalogServices catalog) {
        return catalog.updateCategory();
    }

    @Singleton
    DeleteCategoryUseCase deleteCategory(CatalogServices catalog) {
        return catalog.deleteCategory();
    }

    /** Cancelling an order stops its pending deliveries, then refunds what was paid. */
    @Singleton
    OrderingServices orderingServices(
            SharedServices shared, OrderNumberPort orderNumbers, OrderEditRepositoryPort orderEdits,
            PricingServices pricing, FulfilmentServices fulfilment, PaymentServices payments,
            @Property(name = "conveyor.orders.cancellation-window", defaultValue = "60s") Duration cancellationWindow) {
        return new OrderingServices(shared, orderNumbers, orderEdits, pricing.priceOrder(), pricing.priceOrderEdit(),
                pricing.claimCoupon(), cancellationWindow, List.of(fulfilment.cancellationHooks(), payments.cancellationHooks(),
                        pricing.cancellationHooks()));
    }

    @Singleton
    SignUpUseCase signUp(AccountServices accounts) {
        return accounts.signUp();
    }

    @Singleton
    LogInUseCase logIn(AccountServices accounts) {
        return accounts.logIn();
    }

    @Singleton
    RefreshSessionUseCase refreshSession(AccountServices accounts) {
        return accounts.refreshSession();
    }

    @Singleton
    LogOutUseCase logOut(AccountServices accounts) {
        return accounts.logOut();
    }

    @Singleton
    GetSessionMarkerQuery sessionMarker(AccountServices accounts) {
        return accounts.sessionMarker();
    }

    @Singleton
    GetMyProfileQuery myProfile(AccountServices accounts) {
        return accounts.myProfile();
    }

    @Singleton
    ListMyAddressesQuery listMyAddresses(AccountServices accounts) {
        return accounts.listAddresses();
    }

    @Singleton
    AddMyAddressUseCase addMyAddress(AccountServices accounts) {
        return accounts.addAddress();
    }

    @Singleton
    UpdateMyAddressUseCase updateMyAddress(AccountServices accounts) {
        return accounts.updateAddress();
    }

    @Singleton
    DeleteMyAddressUseCase deleteMyAddress(AccountServices accounts) {
        return accounts.deleteAddress();
    }

    @Singleton
    UpdateMyProfileUseCase updateMyProfile(AccountServices accounts) {
        return accounts.updateMyProfile();
    }

    @Singleton
    ChangeMyPasswordUseCase changeMyPassword(AccountServices accounts) {
        return accounts.changeMyPassword();
    }

    @Singleton
    DeleteMyAccountUseCase deleteMyAccount(AccountServices accounts) {
        return accounts.deleteMyAccount();
    }

    @Singleton
    GetAccountQuery account(AccountServices accounts) {
        return accounts.account();
    }

    @Singleton
    ListUsersQuery listUsers(AccountServices accounts) {
        return accounts.listUsers();
    }

    @Singleton
    ChangeUserRoleUseCase changeUserRole(AccountServices accounts) {
        return accounts.changeUserRole();
    }

    @Singleton
    BootstrapAdminUseCase bootstrapAdmin(AccountServices accounts) {
        return accounts.bootstrapAdmin();
    }

    @Singleton
    CreateProductUseCase createProduct(CatalogServices catalog) {
        return catalog.createProduct();
    }

    @Singleton
    UpdateProductUseCase updateProduct(CatalogServices catalog) {
        return catalog.updateProduct();
    }

    @Singleton
    AdjustStockUseCase adjustStock(CatalogServices catalog) {
        return catalog.adjustStock();
    }

    @Singleton
    ListStockAdjustmentsQuery listStockAdjustments(CatalogServices catalog) {
        return catalog.listStockAdjustments();
    }

    @Singleton
    ListProductsQuery listProducts(CatalogServices catalog) {
        return catalog.listProducts();
    }

    @Singleton
    GetProductQuery getProduct(CatalogServices catalog) {
        return catalog.getProduct();
    }

    @Singleton
    PlaceOrderUseCase placeOrder(OrderingServices ordering) {
        return ordering.placeOrder();
    }

    @Singleton
    GetOrderQuery getOrder(OrderingServices ordering) {
        return ordering.getOrder();
    }

    @Singleton
    GetCachedOrderQuery getCachedOrder(OrderingServices ordering) {
        return ordering.getCachedOrder();
    }

    @Singleton
    ListMyOrdersQuery listMyOrders(OrderingServices ordering) {
        return ordering.listMyOrders();
    }

    @Singleton
    CancelOrderUseCase cancelOrder(OrderingServices ordering) {
        return ordering.cancelOrder();
    }

    @Singleton
    CancelOrderLinesUseCase cancelOrderLines(OrderingServices ordering) {
        return ordering.cancelOrderLines();
    }

    @Singleton
    ChangeOrderStatusUseCase changeOrderStatus(OrderingServices ordering) {
        return ordering.changeOrderStatus();
    }

    @Singleton
    ConfirmDueOrdersUseCase confirmDueOrders(OrderingServices ordering) {
        return ordering.confirmDueOrders();
    }

    @Singleton
    EditOrderUseCase editOrder(OrderingServices ordering) {
        return ordering.editOrder();
    }

    @Singleton
    ListOrderEditsQuery listOrderEdits(OrderingServices ordering) {
        return ordering.listOrderEdits();
    }
}
