package dev.conveyor.adapter.rest;

import dev.conveyor.adapter.rest.web.CorrelationIds;
import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.ChangeMyPasswordUseCase;
import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.in.GetAccountQuery;
import dev.conveyor.application.accounts.port.in.GetMyProfileQuery;
import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.accounts.port.in.LogInCommand;
import dev.conveyor.application.accounts.port.in.LogInUseCase;
import dev.conveyor.application.accounts.port.in.LogOutUseCase;
import dev.conveyor.application.accounts.port.in.RefreshSessionUseCase;
import dev.conveyor.application.accounts.port.in.Session;
import dev.conveyor.application.accounts.port.in.SignUpCommand;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase;
import dev.conveyor.application.accounts.port.out.AccessTokenPort;
import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.GetCachedOrderQuery;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.MDC;

/**
 * A stand-in for the application core behind the REST adapter: it records what
 * the controllers pass in, answers with plausible domain objects, and throws
 * whatever a test tells it to, so that the web layer can be checked on its own.
 */
@Singleton
public final class FakeCore implements SignUpUseCase, LogInUseCase, RefreshSessionUseCase, LogOutUseCase,
        GetMyProfileQuery, UpdateMyProfileUseCase, DeleteMyAccountUseCase, ChangeMyPasswordUseCase, GetAccountQuery,
        ListUsersQuery, ChangeUserRoleUseCase,
        ListProductsQuery, GetProductQuery, CreateProductUseCase, UpdateProductUseCase, AdjustStockUseCase,
        ListStockAdjustmentsQuery, PlaceOrderUseCase, ListMyOrdersQuery, GetOrderQuery, GetCachedOrderQuery,
        CancelOrderUseCase,
        ChangeOrderStatusUseCase {

    /** What a call saw: the caller, its input, the MDC correlation id and the thread it ran on. */
    public record Call(Actor actor, Object input, String mdcCorrelationId, String thread) {
    }

    private final AccessTokenPort accessTokens;
    private final Map<String, OrderView> ordersByKey = new ConcurrentHashMap<>();
    /** Orders "in the cache": read without blocking; every other order is read by {@link #get}. */
    private final Set<OrderId> held = ConcurrentHashMap.newKeySet();
    private volatile Call lastCall;
    private volatile RuntimeException nextFailure;

    FakeCore(AccessTokenPort accessTokens) {
        this.accessTokens = accessTokens;
    }

    public void failNext(RuntimeException failure) {
        this.nextFailure = failure;
    }

    public Call lastCall() {
        return lastCall;
    }

    public void reset() {
        lastCall = null;
        nextFailure = null;
        ordersByKey.clear();
        held.clear();
    }

    private void enter(Actor actor, Object input) {
        lastCall = new Call(actor, input, MDC.get(CorrelationIds.MDC_KEY), Thread.currentThread().getName());
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }

    private static UserId idOf(Actor actor) {
        return actor.userId() == null ? Fixtures.SELLER : actor.userId();
    }

    private static <T> Page<T> pageOf(List<T> items, PageRequest page) {
        return Page.of(items, page, items.size());
    }

    @Override
    public User signUp(Actor actor, SignUpCommand command) {
        enter(actor, command);
        return Fixtures.user(UserId.newId(), Role.CUSTOMER);
    }

    @Override
    public Session logIn(Actor actor, LogInCommand command) {
        enter(actor, command);
        User user = Fixtures.user(UserId.newId(), Role.CUSTOMER);
        return new Session(accessTokens.issue(user, 0, Instant.now()), "refresh-secret", Fixtures.NOW, user);
    }

    @Override
    public Session refresh(Actor actor, String refreshToken) {
        enter(actor, refreshToken);
        User user = Fixtures.user(UserId.newId(), Role.CUSTOMER);
        return new Session(accessTokens.issue(user, 0, Instant.now()), "next-refresh-secret", Fixtures.NOW, user);
    }

    @Override
    public void logOut(Actor actor, String refreshToken) {
        enter(actor, refreshToken);
    }

    @Override
    public User me(Actor actor) {
        enter(actor, null);
        return Fixtures.user(idOf(actor), actor.role());
    }

    @Override
    public User update(Actor actor, UpdateProfileCommand command) {
        enter(actor, command);
        return Fixtures.user(idOf(actor), actor.role());
    }

    @Override
    public void delete(Actor actor) {
        enter(actor, null);
    }

    @Override
    public void change(Actor actor, ChangePasswordCommand command) {
        enter(actor, command);
    }

    @Override
    public User account(Actor actor, UserId id) {
        enter(actor, id);
        return Fixtures.user(id, Role.CUSTOMER);
    }

    @Override
    public Page<User> list(Actor actor, Role role, String text, PageRequest page) {
        enter(actor, List.of(Optional.ofNullable(role), Optional.ofNullable(text), page));
        return pageOf(List.of(Fixtures.user(UserId.newId(), role == null ? Role.CUSTOMER : role)), page);
    }

    @Override
    public User changeRole(Actor actor, UserId userId, Role role) {
        enter(actor, role);
        return Fixtures.user(userId, role);
    }

    @Override
    public Page<Product> catalogue(Actor actor, ProductFilter filter, PageRequest page) {
        enter(actor, List.of(filter, page));
        return pageOf(List.of(Fixtures.product(ProductId.newId())), page);
    }

    @Override
    public Page<Product> managed(Actor actor, ProductFilter filter, PageRequest page) {
        enter(actor, List.of(filter, page));
        return pageOf(List.of(Fixtures.product(ProductId.newId())), page);
    }

    @Override
    public Product get(Actor actor, ProductId productId) {
        enter(actor, productId);
        return Fixtures.product(productId);
    }

    @Override
    public Product create(Actor actor, CreateProductCommand command) {
        enter(actor, command);
        return Fixtures.product(ProductId.newId());
    }

    @Override
    public Product update(Actor actor, ProductId productId, UpdateProductCommand command) {
        enter(actor, command);
        return Fixtures.product(productId);
    }

    @Override
    public StockAdjustment adjust(Actor actor, ProductId productId, StockAdjustment.Request request) {
        enter(actor, request);
        return Fixtures.adjustment(productId, idOf(actor));
    }

    @Override
    public Page<StockAdjustment> list(Actor actor, ProductId productId, PageRequest page) {
        enter(actor, page);
        return pageOf(List.of(Fixtures.adjustment(productId, idOf(actor))), page);
    }

    @Override
    public PlacedOrder place(Actor actor, PlaceOrderCommand command, IdempotencyKey idempotencyKey) {
        enter(actor, command);
        if (idempotencyKey != null && ordersByKey.containsKey(idempotencyKey.value())) {
            return new PlacedOrder(ordersByKey.get(idempotencyKey.value()), true);
        }
        OrderView order = Fixtures.order(idOf(actor),
                command.lines().stream().map(PlaceOrderCommand.Line::productId).toList(),
                command.lines().get(0).quantity());
        if (idempotencyKey != null) {
            ordersByKey.put(idempotencyKey.value(), order);
        }
        return new PlacedOrder(order, false);
    }

    @Override
    public Page<OrderView> list(Actor actor, MyOrdersFilter filter, PageRequest page) {
        enter(actor, List.of(filter, page));
        return pageOf(List.of(Fixtures.order(idOf(actor), List.of(ProductId.newId()), 1)), page);
    }

    public void hold(OrderId orderId) {
        held.add(orderId);
    }

    @Override
    public CompletionStage<Optional<OrderView>> getWithoutBlocking(Actor actor, OrderId orderId,
                                                                  Executor continueOn) {
        if (!held.contains(orderId)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        // as a cache server's reply is: decoded and answered where the caller said
        return CompletableFuture.supplyAsync(() -> {
            enter(actor, orderId);
            return Optional.of(Fixtures.order(idOf(actor), List.of(ProductId.newId()), 1));
        }, continueOn);
    }

    @Override
    public OrderView get(Actor actor, OrderId orderId) {
        enter(actor, orderId);
        return Fixtures.order(idOf(actor), List.of(ProductId.newId()), 1);
    }

    @Override
    public OrderView cancel(Actor actor, OrderId orderId, String reason) {
        enter(actor, Optional.ofNullable(reason));
        return Fixtures.order(idOf(actor), List.of(ProductId.newId()), 1);
    }

    @Override
    public OrderView changeStatus(Actor actor, OrderId orderId, OrderStatus target, String reason) {
        enter(actor, target);
        return Fixtures.order(idOf(actor), List.of(ProductId.newId()), 1);
    }
}
