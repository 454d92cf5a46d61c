package dev.conveyor.application.service;

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
import java.time.Clock;

/**
 * Builds every use case from the ports, in plain Java: the Micronaut factory in
 * {@code bootstrap} and the contract tests assemble the core the same way.
 */
public final class CoreServices {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refreshSession;
    private final LogOutUseCase logOut;
    private final GetMyProfileQuery myProfile;
    private final UpdateMyProfileUseCase updateMyProfile;
    private final DeleteMyAccountUseCase deleteMyAccount;
    private final ListUsersQuery listUsers;
    private final ChangeUserRoleUseCase changeUserRole;
    private final BootstrapAdminUseCase bootstrapAdmin;
    private final CreateProductUseCase createProduct;
    private final UpdateProductUseCase updateProduct;
    private final AdjustStockUseCase adjustStock;
    private final ListStockAdjustmentsQuery listStockAdjustments;
    private final ListProductsQuery listProducts;
    private final GetProductQuery getProduct;
    private final PlaceOrderService placeOrder;
    private final GetOrderQuery getOrder;
    private final ListMyOrdersQuery listMyOrders;
    private final CancelOrderUseCase cancelOrder;
    private final ChangeOrderStatusUseCase changeOrderStatus;
    private final ConfirmDueOrdersUseCase confirmDueOrders;

    /** @param fulfilment deliveries and payments, which take part in cancelling an order */
    public CoreServices(CorePorts ports, CoreSettings settings, Clock clock, FulfilmentServices fulfilment) {
        var tx = ports.transactions();
        var events = EventRecorder.of(ports);
        var reads = new CachedReads(ports.cache(), ports.orders(), ports.products());
        var sessions = new SessionIssuer(ports.accessTokens(), ports.refreshTokens(), clock,
                settings.refreshTokenLifetime());
        var productAccess = new ProductAccess(ports.products());
        var orderAccess = new OrderAccess(ports.orders(), clock);
        var idempotent = new IdempotentExecutor(ports.idempotency(), ports.locks(), tx, clock,
                settings.idempotencyRetention());

        signUp = new SignUpService(ports.users(), ports.passwordHasher(), tx, clock);
        logIn = new LogInService(ports.users(), ports.passwordHasher(), ports.rateLimits(), sessions, tx,
                settings.loginLimits());
        refreshSession = new RefreshSessionService(ports.refreshTokens(), ports.users(), sessions, tx, clock);
        logOut = new LogOutService(ports.refreshTokens(), tx, clock);
        myProfile = new GetMyProfileService(ports.users());
        updateMyProfile = new UpdateMyProfileService(ports.users(), tx, clock);
        deleteMyAccount = new DeleteMyAccountService(ports.users(), ports.refreshTokens(), tx, clock);
        listUsers = new ListUsersService(ports.users());
        changeUserRole = new ChangeUserRoleService(ports.users(), tx, clock);
        bootstrapAdmin = new BootstrapAdminService(ports.users(), ports.passwordHasher(), tx, clock);

        createProduct = new CreateProductService(ports.products(), ports.users(), events, tx, clock);
        updateProduct = new UpdateProductService(ports.products(), productAccess, events, tx, clock);
        adjustStock = new AdjustStockService(ports.stock(), ports.stockAdjustments(), productAccess, events, tx,
                clock);
        listStockAdjustments = new ListStockAdjustmentsService(ports.stockAdjustments(), productAccess);
        listProducts = new ListProductsService(ports.products(), reads);
        getProduct = new GetProductService(productAccess);

        placeOrder = new PlaceOrderService(ports.users(), ports.stock(), ports.orders(), ports.orderNumbers(), idempotent,
                orderAccess, events, clock, settings.cancellationWindow());
        getOrder = new GetOrderService(orderAccess, reads);
        listMyOrders = new ListMyOrdersService(ports.orders(), orderAccess);
        cancelOrder = new CancelOrderService(ports.orders(), ports.stock(), orderAccess, fulfilment.cancellationHooks(),
                events, tx, clock);
        changeOrderStatus = new ChangeOrderStatusService(ports.orders(), cancelOrder, orderAccess, events, tx,
                clock);
        confirmDueOrders = new ConfirmDueOrdersService(ports.orders(), ports.locks(), events, tx, clock);
    }

    public SignUpUseCase signUp() {
        return signUp;
    }

    public LogInUseCase logIn() {
        return logIn;
    }

    public RefreshSessionUseCase refreshSession() {
        return refreshSession;
    }

    public LogOutUseCase logOut() {
        return logOut;
    }

    public GetMyProfileQuery myProfile() {
        return myProfile;
    }

    public UpdateMyProfileUseCase updateMyProfile() {
        return updateMyProfile;
    }

    public DeleteMyAccountUseCase deleteMyAccount() {
        return deleteMyAccount;
    }

    public ListUsersQuery listUsers() {
        return listUsers;
    }

    public ChangeUserRoleUseCase changeUserRole() {
        return changeUserRole;
    }

    public BootstrapAdminUseCase bootstrapAdmin() {
        return bootstrapAdmin;
    }

    public CreateProductUseCase createProduct() {
        return createProduct;
    }

    public UpdateProductUseCase updateProduct() {
        return updateProduct;
    }

    public AdjustStockUseCase adjustStock() {
        return adjustStock;
    }

    public ListStockAdjustmentsQuery listStockAdjustments() {
        return listStockAdjustments;
    }

    public ListProductsQuery listProducts() {
        return listProducts;
    }

    public GetProductQuery getProduct() {
        return getProduct;
    }

    public PlaceOrderUseCase placeOrder() {
        return placeOrder;
    }

    /** The placement path, for use cases that place orders built inside its transaction (checkout). */
    PlaceOrderService placement() {
        return placeOrder;
    }

    public GetOrderQuery getOrder() {
        return getOrder;
    }

    public ListMyOrdersQuery listMyOrders() {
        return listMyOrders;
    }

    public CancelOrderUseCase cancelOrder() {
        return cancelOrder;
    }

    public ChangeOrderStatusUseCase changeOrderStatus() {
        return changeOrderStatus;
    }

    public ConfirmDueOrdersUseCase confirmDueOrders() {
        return confirmDueOrders;
    }
}
