package dev.conveyor.bootstrap.demo;

import dev.conveyor.application.accounts.port.in.BootstrapAdminUseCase;
import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.Password;
import dev.conveyor.application.accounts.port.in.SignUpCommand;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase.CreateProductCommand;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase.RefundCommand;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small, believable shop put into an empty database through the use cases, as people would have made it:
 * a seller's catalogue in a few categories, a staff member, customers, and orders of the last ten days in
 * every status, with their deliveries, invoices, payments and refunds. Nothing is added to a shop that has
 * products already, so starting again with the demo switched on changes nothing.
 */
final class DemoShop {

    static final String PASSWORD = "conveyor-demo";
    static final String ADMIN = "admin.demo@example.com";
    static final String SELLER = "seller.demo@example.com";
    static final String STAFF = "staff.demo@example.com";

    private static final Logger LOG = LoggerFactory.getLogger("conveyor");
    private static final String EUR = "EUR";

    /** The use cases the demo goes through; the ordering, fulfilment and payment ones on the demo's clock. */
    record UseCases(BootstrapAdminUseCase bootstrapAdmin, SignUpUseCase signUp, ChangeUserRoleUseCase changeRole,
                    CreateProductUseCase createProduct, AddProductImageUseCase addProductImage,
                    ListProductsQuery listProducts, PlaceOrderUseCase placeOrder,
                    ConfirmDueOrdersUseCase confirmDueOrders, CancelOrderUseCase cancelOrder,
                    ChangeOrderStatusUseCase changeOrderStatus, CreateDeliveryUseCase createDelivery,
                    ChangeDeliveryStatusUseCase changeDeliveryStatus, GenerateInvoiceUseCase generateInvoice,
                    RecordPaymentUseCase recordPayment, RefundPaymentUseCase refundPayment) {
    }

    private record Item(String sku, String name, String category, long price, int stock, String description) {
    }

    private record Customer(String email, String name, Address address) {
    }

    private static final List<Item> CATALOGUE = List.of(
            new Item("KIT-MUG-BLUE", "Blue stoneware mug", "Kitchen", 1299, 40, "Glazed stoneware, 350 ml, dishwasher safe."),
            new Item("KIT-MUG-SAND", "Sand stoneware mug", "Kitchen", 1299, 35, "The blue mug's sibling in a warm sand glaze."),
            new Item("KIT-KNIFE-CHEF", "Chef's knife 20 cm", "Kitchen", 8900, 12, "Forged stainless steel, full tang, oak handle."),
            new Item("KIT-BOARD-OAK", "Oak cutting board", "Kitchen", 4500, 18, "End-grain oak, 40 × 28 cm, oiled."),
            new Item("KIT-PAN-CAST", "Cast iron pan 26 cm", "Kitchen", 5900, 9, "Pre-seasoned, for every hob and the oven."),
            new Item("KIT-TOWEL-LINEN", "Linen tea towels (2)", "Kitchen", 1800, 60, "Stonewashed linen, natural and charcoal."),
            new Item("COF-BEANS-ETH", "Ethiopia Yirgacheffe beans 250 g", "Coffee & tea", 1450, 80, "Washed, light roast: bergamot and peach."),
            new Item("COF-BEANS-COL", "Colombia Huila beans 250 g", "Coffee & tea", 1290, 70, "Medium roast: caramel, red apple."),
            new Item("COF-GRINDER", "Hand grinder", "Coffee & tea", 7900, 6, "Steel burrs, 40 settings, from espresso to French press."),
            new Item("COF-DRIPPER", "Ceramic pour-over dripper", "Coffee & tea", 2400, 25, "Size 02, with 40 paper filters."),
            new Item("COF-TEA-SENCHA", "Sencha green tea 100 g", "Coffee & tea", 990, 50, "First flush from Shizuoka."),
            new Item("COF-KETTLE", "Gooseneck kettle 1 l", "Coffee & tea", 4900, 4, "Stainless steel with thermometer."),
            new Item("HOM-CANDLE-FIG", "Fig leaf candle", "Home", 2200, 30, "Soy wax, 45 hours, cotton wick."),
            new Item("HOM-THROW-WOOL", "Wool throw, moss", "Home", 9500, 8, "Lambswool, 130 × 180 cm."),
            new Item("HOM-VASE-CLAY", "Clay bud vase", "Home", 1900, 22, "Hand-thrown terracotta, 12 cm."),
            new Item("HOM-CUSHION", "Linen cushion cover", "Home", 2900, 3, "50 × 50 cm, hidden zip, rust."),
            new Item("HOM-BASKET", "Seagrass basket", "Home", 3400, 15, "Woven by hand, 35 cm across."),
            new Item("HOM-LAMP-DESK", "Brass desk lamp", "Home", 12900, 5, "Adjustable arm, E27, cable 2 m."),
            new Item("GAR-GLOVES", "Leather garden gloves", "Garden", 2100, 40, "Goatskin, sizes S to XL."),
            new Item("GAR-TROWEL", "Stainless trowel", "Garden", 1600, 28, "Ash handle, stays sharp."),
            new Item("GAR-SEEDS-HERB", "Kitchen herb seeds (6)", "Garden", 1100, 90, "Basil, parsley, chives, dill, coriander, thyme."),
            new Item("GAR-CAN-ZINC", "Zinc watering can 5 l", "Garden", 3900, 7, "Long spout, brass rose."),
            new Item("GAR-POT-TERRA", "Terracotta pot 20 cm", "Garden", 1500, 2, "Frost resistant, with saucer."),
            new Item("GAR-PRUNER", "Bypass pruner", "Garden", 3200, 14, "Replaceable blade, cuts up to 20 mm."),
            new Item("STA-NOTEBOOK-A5", "A5 dotted notebook", "Stationery", 1600, 75, "192 pages, 100 g paper, lies flat."),
            new Item("STA-PEN-FOUNT", "Fountain pen, fine nib", "Stationery", 3500, 20, "Steel nib, converter and two cartridges."),
            new Item("STA-INK-BLUE", "Blue-black ink 50 ml", "Stationery", 1200, 45, "Iron gall, permanent when dry."),
            new Item("STA-PLANNER", "Undated weekly planner", "Stationery", 2400, 33, "Linen cover, ribbon marker."),
            new Item("STA-CARDS", "Letterpress cards (8)", "Stationery", 1800, 0, "With envelopes; back in stock soon."),
            new Item("STA-PENCILS", "Graphite pencils (12)", "Stationery", 900, 55, "HB to 6B, cedar wood."));

    private static final List<Customer> CUSTOMERS = List.of(
            new Customer("ada.lovelace@example.com", "Ada Lovelace",
                    new Address("Ada Lovelace", "12 St James's Square", null, "London", null, "SW1Y 4JH", "GB")),
            new Customer("grace.hopper@example.com", "Grace Hopper",
                    new Address("Grace Hopper", "40 Church Street", "Apt 3", "Arlington", "VA", "22201", "US")),
            new Customer("alan.turing@example.com", "Alan Turing",
                    new Address("Alan Turing", "Hollymeade, Adlington Road", null, "Wilmslow", null, "SK9 2BS", "GB")),
            new Customer("hedy.lamarr@example.com", "Hedy Lamarr",
                    new Address("Hedy Lamarr", "Schwindgasse 7", null, "Wien", null, "1040", "AT")),
            new Customer("edsger.dijkstra@example.com", "Edsger Dijkstra",
                    new Address("Edsger Dijkstra", "Prinsengracht 263", null, "Amsterdam", null, "1016 GV", "NL")),
            new Customer("margaret.hamilton@example.com", "Margaret Hamilton",
                    new Address("Margaret Hamilton", "1 Kendall Square", null, "Cambridge", "MA", "02139", "US")));

    /** What happens to an order after it is placed. */
    private enum Story {
        COMPLETED_BY_CARD_AT_THE_DOOR, COMPLETED_BY_TRANSFER, COMPLETED_IN_CASH, COMPLETED_THEN_PARTLY_REFUNDED,
        PARTLY_DELIVERED_ONE_PART_PAID, SHIPPED_INVOICED_UNPAID, SHIPPED_IN_PARTS_REST_PACKING, FAILED_THEN_RESENT,
        PROCESSING, CONFIRMED, PAID_IN_ADVANCE_THEN_CANCELLED, CANCELLED_BY_CUSTOMER, PENDING
    }

    private record Plan(int customer, Story story, int[] productAndQuantity) {
    }

    /** Oldest first; the last ones are placed now, inside their cancellation window. */
    private static final List<Plan> ORDERS = List.of(
            new Plan(0, Story.COMPLETED_BY_TRANSFER, new int[] {0, 2, 6, 1}),
            new Plan(1, Story.COMPLETED_IN_CASH, new int[] {13, 1}),
            new Plan(2, Story.COMPLETED_BY_CARD_AT_THE_DOOR, new int[] {24, 3, 26, 2}),
            new Plan(3, Story.COMPLETED_THEN_PARTLY_REFUNDED, new int[] {2, 1, 3, 1}),
            new Plan(4, Story.COMPLETED_BY_TRANSFER, new int[] {18, 2, 19, 1, 20, 3}),
            new Plan(5, Story.COMPLETED_IN_CASH, new int[] {8, 1, 7, 2}),
            new Plan(0, Story.PARTLY_DELIVERED_ONE_PART_PAID, new int[] {12, 2, 17, 1}),
            new Plan(1, Story.FAILED_THEN_RESENT, new int[] {21, 1}),
            new Plan(2, Story.SHIPPED_INVOICED_UNPAID, new int[] {4, 1, 5, 2}),
            new Plan(3, Story.SHIPPED_IN_PARTS_REST_PACKING, new int[] {9, 1, 10, 3, 6, 2}),
            new Plan(4, Story.PAID_IN_ADVANCE_THEN_CANCELLED, new int[] {11, 1}),
            new Plan(5, Story.PROCESSING, new int[] {14, 2, 16, 1}),
            new Plan(0, Story.CONFIRMED, new int[] {25, 1, 27, 1}),
            new Plan(2, Story.CONFIRMED, new int[] {23, 1}),
            new Plan(1, Story.CANCELLED_BY_CUSTOMER, new int[] {1, 4}),
            new Plan(3, Story.PENDING, new int[] {7, 1, 10, 1}),
            new Plan(5, Story.PENDING, new int[] {27, 1, 29, 2}));

    private final UseCases useCases;
    private final DemoClock clock;
    private final Duration cancellationWindow;
    private final Actor anonymous = Actor.anonymous("demo");
    private int parcels;

    DemoShop(UseCases useCases, DemoClock clock, Duration cancellationWindow) {
        this.useCases = useCases;
        this.clock = clock;
        this.cancellationWindow = cancellationWindow;
    }

    /** Seeds the shop unless it has products already; answers whether it did. */
    boolean seed(Instant now) {
        ProductFilter everything = new ProductFilter(null, null, null, null);
        if (useCases.listProducts().catalogue(anonymous, everything, PageRequest.of(0, 1)).total() > 0) {
            LOG.info("Demo data: the shop has products already, nothing added");
            return false;
        }
        Instant start = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(10));
        clock.set(start);
        Optional<User> createdAdmin = useCases.bootstrapAdmin().ensureAdmin(ADMIN, PASSWORD);
        if (createdAdmin.isEmpty()) {
            LOG.info("Demo data: the demo administrator exists already, nothing added");
            return false;
        }
        Actor admin = Actor.user(createdAdmin.get().id(), Role.ADMIN, "demo");
        Actor seller = account(admin, SELLER, "Maple & Thread", Role.SELLER);
        Actor staff = account(admin, STAFF, "Sam Staff", Role.STAFF);
        List<Actor> customers = new ArrayList<>();
        for (Customer customer : CUSTOMERS) {
            customers.add(account(admin, customer.email(), customer.name(), Role.CUSTOMER));
        }

        List<ProductId> products = new ArrayList<>();
        for (Item item : CATALOGUE) {
            ProductId product = useCases.createProduct().create(seller, new CreateProductCommand(new Sku(item.sku()),
                    new ProductDetails(item.name(), item.description(), item.category(), null),
                    Money.of(item.price(), EUR), item.stock(), 5, null)).id();
            useCases.addProductImage().add(seller, product, picture(item.sku()));
            products.add(product);
        }

        int recent = (int) ORDERS.stream().filter(plan -> plan.story() == Story.PENDING
                || plan.story() == Story.CANCELLED_BY_CUSTOMER).count();
        Duration spacing = Duration.between(start.plus(Duration.ofDays(1)), now).dividedBy(ORDERS.size() - recent + 1);
        Instant placed = start.plus(Duration.ofDays(1));
        for (Plan plan : ORDERS) {
            boolean placedNow = plan.story() == Story.PENDING || plan.story() == Story.CANCELLED_BY_CUSTOMER;
            clock.set(placedNow ? now : placed);
            tell(plan, customers.get(plan.customer()), CUSTOMERS.get(plan.customer()).address(), staff, products);
            placed = placed.plus(spacing);
        }
        LOG.info("Demo data: {} products, {} orders; sign in with password '{}' as {} (admin), {} (seller), {} (staff) "
                        + "or a customer such as {}", CATALOGUE.size(), ORDERS.size(), PASSWORD, ADMIN, SELLER, STAFF,
                CUSTOMERS.get(0).email());
        return true;
    }

    /** The product's picture, drawn once for the demo and bundled in the jar. */
    private static byte[] picture(String sku) {
        String resource = "/demo/images/" + sku + ".jpg";
        try (InputStream in = DemoShop.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the demo has no picture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Actor account(Actor admin, String email, String name, Role role) {
        User user = useCases.signUp().signUp(anonymous,
                new SignUpCommand(Email.forNewAccount(email), new Password(PASSWORD), new Profile(name, null, null)));
        if (role != Role.CUSTOMER) {
            useCases.changeRole().changeRole(admin, user.id(), role);
        }
        return Actor.user(user.id(), role, "demo");
    }

    private void tell(Plan plan, Actor customer, Address address, Actor staff, List<ProductId> products) {
        List<PlaceOrderCommand.Line> lines = new ArrayList<>();
        int[] pairs = plan.productAndQuantity();
        for (int i = 0; i < pairs.length; i += 2) {
            lines.add(new PlaceOrderCommand.Line(products.get(pairs[i]), pairs[i + 1]));
        }
        OrderView order = useCases.placeOrder().place(customer, new PlaceOrderCommand(lines, address, null), null).order();
        OrderId id = new OrderId(order.id());
        switch (plan.story()) {
            case PENDING -> {
                // placed just now: the server confirms it when its window closes
            }
            case CANCELLED_BY_CUSTOMER -> {
                later(Duration.ofSeconds(20));
                useCases.cancelOrder().cancel(customer, id, "ordered the wrong colour");
            }
            default -> {
                later(cancellationWindow.plusSeconds(1));
                useCases.confirmDueOrders().confirmDueOrders();
                afterConfirmation(plan.story(), id, order, staff);
            }
        }
    }

    private void afterConfirmation(Story story, OrderId id, OrderView order, Actor staff) {
        switch (story) {
            case CONFIRMED -> {
                // waits for staff to start on it
            }
            case PROCESSING -> {
                later(Duration.ofMinutes(40));
                useCases.changeOrderStatus().changeStatus(staff, id, OrderStatus.PROCESSING, "picking");
            }
            case PAID_IN_ADVANCE_THEN_CANCELLED -> {
                later(Duration.ofHours(1));
                pay(staff, id, order.total(), PaymentMethod.BANK_TRANSFER, null);
                later(Duration.ofHours(3));
                // the cancellation refunds the advance through the gateway that took it
                useCases.cancelOrder().cancel(staff, id, "the customer found it cheaper elsewhere");
            }
            case SHIPPED_INVOICED_UNPAID -> invoice(staff, shipped(staff, id, List.of(), "DHL"));
            case SHIPPED_IN_PARTS_REST_PACKING -> {
                invoice(staff, shipped(staff, id, List.of(new CreateDeliveryUseCase.Line(1, 1),
                        new CreateDeliveryUseCase.Line(2, 2)), "UPS"));
                later(Duration.ofHours(2));
                useCases.createDelivery().create(staff, id, new CreateDeliveryCommand(List.of(), null, null), null);
            }
            case PARTLY_DELIVERED_ONE_PART_PAID -> {
                DeliveryView first = shipped(staff, id, List.of(new CreateDeliveryUseCase.Line(1, 2)), "DHL");
                InvoiceView invoice = invoice(staff, first);
                delivered(staff, first);
                pay(staff, id, invoice.outstanding(), PaymentMethod.CASH_ON_DELIVERY, invoice);
                later(Duration.ofDays(1));
                invoice(staff, shipped(staff, id, List.of(), "DHL"));
            }
            case FAILED_THEN_RESENT -> {
                DeliveryView lost = shipped(staff, id, List.of(), "PostNL");
                later(Duration.ofDays(2));
                useCases.changeDeliveryStatus().changeStatus(staff, new DeliveryId(lost.id()),
                        new ChangeDeliveryStatusCommand(DeliveryStatus.FAILED, null, null, "returned: address unknown"));
                later(Duration.ofHours(2));
                shipped(staff, id, List.of(), "PostNL");
            }
            default -> completed(story, id, staff);
        }
    }

    private void completed(Story story, OrderId id, Actor staff) {
        DeliveryView delivery = shipped(staff, id, List.of(), "DHL");
        InvoiceView invoice = invoice(staff, delivery);
        if (story == Story.COMPLETED_BY_TRANSFER) {
            pay(staff, id, invoice.outstanding(), PaymentMethod.BANK_TRANSFER, invoice);
            delivered(staff, delivery);
            return;
        }
        delivered(staff, delivery);
        PaymentMethod method = story == Story.COMPLETED_BY_CARD_AT_THE_DOOR ? PaymentMethod.CASH_ON_DELIVERY
                : PaymentMethod.CASH;
        PaymentView payment = pay(staff, id, invoice.outstanding(), method, invoice);
        if (story == Story.COMPLETED_THEN_PARTLY_REFUNDED) {
            later(Duration.ofDays(2));
            useCases.refundPayment().refund(staff, new PaymentId(payment.id()),
                    new RefundCommand(Money.of(payment.amount().amountMinor() / 5, EUR), "board arrived scratched"), null);
        }
    }

    private DeliveryView shipped(Actor staff, OrderId order, List<CreateDeliveryUseCase.Line> lines, String carrier) {
        later(Duration.ofHours(2));
        parcels++;
        DeliveryView delivery = useCases.createDelivery().create(staff, order,
                new CreateDeliveryCommand(lines, carrier, "%s-%06d".formatted(carrier.toUpperCase(java.util.Locale.ROOT),
                        104_200 + parcels)), null).delivery();
        later(Duration.ofHours(3));
        return useCases.changeDeliveryStatus().changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null, null, null));
    }

    private void delivered(Actor staff, DeliveryView delivery) {
        later(Duration.ofDays(1));
        useCases.changeDeliveryStatus().changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(DeliveryStatus.DELIVERED, null, null, null));
    }

    private InvoiceView invoice(Actor staff, DeliveryView delivery) {
        later(Duration.ofMinutes(5));
        return useCases.generateInvoice().generate(staff, new DeliveryId(delivery.id()), null).invoice();
    }

    private PaymentView pay(Actor staff, OrderId order, Money amount, PaymentMethod method, InvoiceView invoice) {
        later(Duration.ofMinutes(30));
        return useCases.recordPayment().record(staff, order, new RecordPaymentCommand(method, amount,
                invoice == null ? null : new InvoiceId(invoice.id()),
                method == PaymentMethod.BANK_TRANSFER ? "SEPA credit transfer" : null, null), null).payment();
    }

    private void later(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }
}
