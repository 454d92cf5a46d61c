package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.in.DeliverEventsUseCase;
import dev.conveyor.application.events.port.in.FollowEventsUseCase.FeedMessage;
import dev.conveyor.application.events.port.in.FollowEventsUseCase.FollowRequest;
import dev.conveyor.application.events.port.in.FollowEventsUseCase;
import dev.conveyor.application.events.port.in.GetEventStatsQuery;
import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.events.port.in.ListEventsQuery;
import dev.conveyor.application.events.port.in.PublishEventsUseCase;
import dev.conveyor.application.events.port.in.TimelineEntry.Author;
import dev.conveyor.application.events.port.in.TimelineEntry;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Search;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reading, scoping and following the event log; each subclass runs it on one persistence adapter. */
abstract class EventUseCaseContract {

    @Inject Shop shop;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject ChangeOrderStatusUseCase changeStatus;
    @Inject PublishEventsUseCase publish;
    @Inject DeliverEventsUseCase deliver;
    @Inject GetOrderTimelineQuery timeline;
    @Inject ListEventsQuery listEvents;
    @Inject GetEventStatsQuery stats;
    @Inject FollowEventsUseCase follow;

    @Test
    void anOrdersTimelineIsItsCustomersAndASellerSeesOnlyTheirLines() {
        Actor seller = shop.user(Role.SELLER);
        Product mine = shop.product(seller, 10);
        Product theirs = shop.product(shop.user(Role.SELLER), 10);
        Actor customer = shop.customer();
        OrderId order = place(customer, Shop.order(List.of(new PlaceOrderCommand.Line(mine.id(), 1),
                new PlaceOrderCommand.Line(theirs.id(), 2))));
        publish.publish();

        LoggedEvent created = created(timeline.timeline(customer, order)).event();
        assertEquals(2, lines(created).size());
        assertEquals(order.value().toString(), created.toMessage().get("data") instanceof Map<?, ?> data
                ? data.get("orderId") : null, "every order event names its order in data.orderId");
        LoggedEvent sellers = created(timeline.timeline(seller, order)).event();
        assertEquals(1, lines(sellers).size());
        assertEquals(mine.id().value().toString(), ((Map<?, ?>) lines(sellers).get(0)).get("productId"));
        assertNull(((Map<?, ?>) sellers.payload().get("order")).get("totalMinor"));
        assertEquals(List.of(mine.id().value().toString()), movedProducts(timeline.timeline(seller, order)));
        assertEquals(2, movedProducts(timeline.timeline(customer, order)).size());
        assertEquals(2, lines(created(timeline.timeline(shop.user(Role.STAFF), order)).event()).size());
        assertThrows(NotFoundException.class, () -> timeline.timeline(shop.customer(), order));
    }

    @Test
    void aTimelineNamesWhoActedAsFarAsItsReaderMayKnowThem() {
        Actor seller = shop.user(Role.SELLER);
        Actor customer = shop.customer();
        Actor staff = shop.user(Role.STAFF);
        OrderId order = place(customer, Shop.order(List.of(new PlaceOrderCommand.Line(shop.product(seller, 5).id(), 1))));
        changeStatus.changeStatus(staff, order, OrderStatus.CANCELLED, "out of stock");
        publish.publish();

        assertEquals(new Author("Test customer", Role.CUSTOMER, true), created(timeline.timeline(customer, order)).author());
        assertEquals(new Author(null, Role.STAFF, false), cancelled(timeline.timeline(customer, order)).author(),
                "a customer is told that the shop acted, not which employee");
        assertEquals(new Author("Test customer", Role.CUSTOMER, false), created(timeline.timeline(seller, order)).author());
        assertEquals(new Author("Test staff", Role.STAFF, false), cancelled(timeline.timeline(seller, order)).author());
        assertEquals(new Author("Test staff", Role.STAFF, true), cancelled(timeline.timeline(staff, order)).author());
        assertEquals(new Author("Test customer", Role.CUSTOMER, false),
                created(timeline.timeline(shop.admin(), order)).author());
    }

    @Test
    void theEventListAndItsCountsAreForTheBackOffice() {
        Actor customer = shop.customer();
        OrderId order = place(customer, Shop.order(shop.product(shop.user(Role.SELLER), 5).id(), 1));
        publish.publish();
        Search ofTheOrder = new Search(null, "order:created", null, order.value(), null, null, null);

        assertThrows(ForbiddenException.class, () -> listEvents.list(customer, ofTheOrder, new PageRequest(0, 10)));
        assertThrows(ForbiddenException.class, () -> stats.stats(shop.user(Role.SELLER), null, null));
        Actor staff = shop.user(Role.STAFF);
        assertEquals(1, listEvents.list(staff, ofTheOrder, new PageRequest(0, 10)).total());
        assertTrue(stats.stats(staff, null, null).byType().getOrDefault("order:created", 0L) >= 1);
    }

    @Test
    void aFollowerGetsItsBacklogThenLiveEventsOnceEachInOrder() throws InterruptedException {
        Actor customer = shop.customer();
        Product product = shop.product(shop.user(Role.SELLER), 50);
        long before = publish.publish();
        OrderId missed = place(customer, Shop.order(product.id(), 1));
        long afterMissed = publish.publish();
        BlockingQueue<FeedMessage> received = new LinkedBlockingQueue<>();

        try (LiveEventsPort.Subscription ignored = follow.follow(customer, new FollowRequest(null, before),
                received::add)) {
            List<FeedMessage> backlog = until(received, FeedMessage.Kind.SUBSCRIBED);
            assertTrue(backlog.stream().allMatch(m -> missed.value().equals(m.event().orderId())));
            assertTrue(backlog.stream().anyMatch(m -> "order:created".equals(m.event().type())));

            OrderId live = place(customer, Shop.order(product.id(), 1));
            publish.publish();
            deliver.catchUp();
            FeedMessage next = poll(received);
            assertEquals(FeedMessage.Kind.EVENT, next.kind());
            assertEquals(live.value(), next.event().orderId());
            assertTrue(next.event().position() > afterMissed, "nothing of the backlog twice");
        }
    }

    @Test
    void aPositionBeyondTheLogMeansResyncAndAnotherCustomersOrderCannotBeFollowed() {
        Actor customer = shop.customer();
        OrderId order = place(customer, Shop.order(shop.product(shop.user(Role.SELLER), 5).id(), 1));
        long latest = publish.publish();
        List<FeedMessage> received = new ArrayList<>();

        follow.follow(customer, new FollowRequest(null, latest + 1_000), received::add).close();

        assertEquals(FeedMessage.Kind.RESYNC_REQUIRED, received.get(0).kind());
        assertEquals(FeedMessage.Kind.SUBSCRIBED, received.get(1).kind());
        assertThrows(NotFoundException.class, () -> follow.follow(shop.customer(), new FollowRequest(order, 0L),
                message -> { }));
    }

    private OrderId place(Actor customer, PlaceOrderCommand command) {
        return new OrderId(placeOrder.place(customer, command, null).order().id());
    }

    private static TimelineEntry created(List<TimelineEntry> entries) {
        return ofType(entries, "order:created");
    }

    private static TimelineEntry cancelled(List<TimelineEntry> entries) {
        return ofType(entries, "order:cancelled");
    }

    private static TimelineEntry ofType(List<TimelineEntry> entries, String type) {
        return entries.stream().filter(e -> e.event().type().equals(type)).findFirst().orElseThrow();
    }

    /** The products the order's inventory-reduced event names. */
    private static List<String> movedProducts(List<TimelineEntry> entries) {
        LoggedEvent reduced = ofType(entries, "order:inventory-reduced").event();
        return ((List<?>) reduced.payload().get("affectedProducts")).stream()
                .map(product -> String.valueOf(((Map<?, ?>) product).get("productId"))).toList();
    }

    private static List<?> lines(LoggedEvent created) {
        return (List<?>) ((Map<?, ?>) created.payload().get("order")).get("lines");
    }

    private static List<FeedMessage> until(BlockingQueue<FeedMessage> received, FeedMessage.Kind last)
            throws InterruptedException {
        List<FeedMessage> messages = new ArrayList<>();
        while (true) {
            FeedMessage message = poll(received);
            if (message.kind() == last) {
                return messages;
            }
            messages.add(message);
        }
    }

    private static FeedMessage poll(BlockingQueue<FeedMessage> received) throws InterruptedException {
        FeedMessage message = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(message, "no message within 10 s");
        return message;
    }
}
