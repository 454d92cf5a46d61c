package dev.conveyor.adapter.rest.admin;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.admin.BulkOrderRequests.BulkOrderRequest;
import dev.conveyor.adapter.rest.admin.BulkOrderRequests.BulkOrderResponse;
import dev.conveyor.adapter.rest.admin.BulkOrderRequests.OrderSelection;
import dev.conveyor.adapter.rest.admin.DashboardResponse.DeliveriesTodayResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.order.OrderMapper;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.BulkOutcome;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase;
import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery.OrderExport;
import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery;
import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery;
import dev.conveyor.application.backoffice.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.backoffice.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery.AdminOrdersPage;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.port.out.DeliveriesSummary;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The back office: every customer's orders, their export, actions on a selection of them, and the dashboard. */
@Controller("/api/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Back office")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class AdminOrderController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminOrderController.class);
    private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");
    /** How long an export waits for a client that stopped reading before it lets go of its database cursor. */
    private static final Duration STALLED_CLIENT = Duration.ofMinutes(2);

    private final ListAdminOrdersQuery list;
    private final ExportOrdersQuery export;
    private final GetDashboardStatsQuery dashboard;
    private final GetCartFiguresQuery carts;
    private final GetTodaysDeliveriesQuery deliveries;
    private final BulkOrderActionUseCase bulk;
    private final OrderMapper orders;
    private final ExecutorService writers;

    AdminOrderController(ListAdminOrdersQuery list, ExportOrdersQuery export, GetDashboardStatsQuery dashboard,
                         GetCartFiguresQuery carts, GetTodaysDeliveriesQuery deliveries, BulkOrderActionUseCase bulk, OrderMapper orders,
                         @Named(TaskExecutors.IO) ExecutorService writers) {
        this.list = list;
        this.export = export;
        this.dashboard = dashboard;
        this.carts = carts;
        this.deliveries = deliveries;
        this.bulk = bulk;
        this.orders = orders;
        this.writers = writers;
    }

    @Get("/orders")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Every customer's orders: search, filters, sort and paging",
            description = "Items are the order JSON plus customer {id, email, name} (email and name null once the "
                    + "account is deleted). total is exact up to 1,000 matches; beyond, total is 1,000 and "
                    + "totalExact false.")
    @Answers.Invalid
    AdminOrdersResponse orders(@CurrentActor Actor actor, @RequestBean AdminOrderParameters parameters) {
        AdminOrdersPage found = list.list(actor, parameters.search(), parameters.pageRequest());
        Page<OrderView> page = found.orders();
        List<AdminOrderItem> items = page.items().stream().map(order -> new AdminOrderItem(orders.toResponse(order),
                AdminOrderItem.Customer.of(found.customers().get(order.customerId())))).toList();
        return new AdminOrdersResponse(items, page.page(), page.size(), page.total(), found.totalExact());
    }

    @Get(value = "/orders/export", produces = "text/csv")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "The orders the same filters find, as CSV (RFC 4180), one row per order, streamed",
            description = "CSV (RFC 4180) of every order the list's filters match, streamed row by row; a text cell "
                    + "that would start a formula is prefixed with an apostrophe. Staff and administrators.")
    @Answers.Invalid
    HttpResponse<StreamedFile> export(@CurrentActor Actor actor, @RequestBean AdminOrderParameters parameters) {
        return stream(export.export(actor, parameters.search()));
    }

    // a POST only because a hundred ids do not fit in a URL's first line; counted with the writes all the same
    @RateLimited(RequestKind.WRITES)
    @Post(value = "/orders/export", produces = "text/csv")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "The selected orders as CSV (RFC 4180), newest first",
            description = "The export of GET /api/admin/orders/export for the orders whose ids the body lists "
                    + "(1 to 100); ids of no order are left out. Staff and administrators.")
    @Answers.Invalid
    @Answers.JsonBody
    HttpResponse<StreamedFile> exportSelection(@CurrentActor Actor actor, @Body OrderSelection selection) {
        AdminOrderSearch search = new AdminOrderSearch(null, null, null, null, null, null, null, null, null,
                new LinkedHashSet<>(selection.ids()));
        return stream(export.export(actor, search));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/orders/bulk")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Move the selected orders to PROCESSING, or ship each in one delivery",
            description = "PROCESS moves each order to PROCESSING; SHIP ships each order's pending deliveries and "
                    + "one new delivery of everything that remains of it. Each order in its own transaction, in "
                    + "the order given (1 to 100): the answer says for each whether it succeeded, or the error "
                    + "code and message the same request on that order alone would get. Idempotency-Key "
                    + "honoured: a retry answers the first run's outcomes with Idempotent-Replayed: true.")
    @Answers.Invalid
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    MutableHttpResponse<BulkOrderResponse> bulk(@CurrentActor Actor actor,
                                                @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                                @Body BulkOrderRequest request) {
        BulkOutcome outcome = bulk.run(actor, request.toCommand(), IdempotencyKey.ofNullable(idempotencyKey));
        MutableHttpResponse<BulkOrderResponse> response = HttpResponse.ok(BulkOrderResponse.of(outcome));
        return outcome.replayed() ? response.header(IdempotencyHeaders.IDEMPOTENT_REPLAYED, "true") : response;
    }

    @Get("/stats")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "The dashboard: counts per status axis, revenue, unpaid amount, orders and revenue per "
            + "hour (last 24 h) and per day (last 30 days), abandoned carts and conversion",
            description = "Counts by status, payment status and fulfilment status, revenue and unpaid amounts per "
                    + "currency, orders per hour over the last day and per day over the last month: cached, and "
                    + "dropped by every change it counts. carts: carts with lines left unchanged for "
                    + "conveyor.carts.abandoned-after, and carts checked out ÷ carts started over the 30 days, "
                    + "read afresh on every request. Staff and administrators.")
    DashboardResponse stats(@CurrentActor Actor actor) {
        return DashboardResponse.of(dashboard.stats(actor), carts.figures(actor));
    }

    @Get("/deliveries/today")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Deliveries created today (UTC), cancelled ones aside: how many, their value, how many "
            + "are still on their way (pending) and delivered",
            description = "For the dispatch board. Staff and administrators.")
    DeliveriesTodayResponse deliveriesToday(@CurrentActor Actor actor) {
        DeliveriesSummary today = deliveries.today(actor);
        return new DeliveriesTodayResponse(today.day(), today.count(), DashboardResponse.money(today.value()),
                today.pending(), today.delivered());
    }

    private HttpResponse<StreamedFile> stream(OrderExport rows) {
        ProducedInputStream body = new ProducedInputStream(STALLED_CLIENT);
        writers.execute(() -> write(rows, body));
        return HttpResponse.ok(new StreamedFile(body, CSV).attach("orders.csv"));
    }

    /** Not closed on failure: closing would end the stream and a cut export would look complete. */
    private static void write(OrderExport rows, ProducedInputStream body) {
        try {
            Writer writer = new OutputStreamWriter(body.sink(), StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, OrdersCsv.FORMAT);
            rows.writeTo(row -> {
                try {
                    printer.printRecord(OrdersCsv.record(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.close(true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("order export stopped: {}", e.getMessage());
            body.fail(e);
        }
    }
}
