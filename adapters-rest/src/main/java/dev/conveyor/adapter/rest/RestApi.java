package dev.conveyor.adapter.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document of the REST API, generated at compile time into
 * {@code META-INF/swagger/}. Errors are {@code application/problem+json} with a
 * stable {@code code}; lists page with {@code page} and {@code size}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Conveyor", version = "0.1",
                description = "Order management: catalogue, stock, orders and accounts.",
                contact = @Contact(name = "Conveyor")),
        servers = @Server(url = "http://localhost:8080", description = "The embedded default; any host serving Conveyor"),
        tags = {
            @Tag(name = "Authentication", description = "Sign-up, login, refresh and logout; bearer tokens or cookies"),
            @Tag(name = "My account", description = "The caller's own profile and account"),
            @Tag(name = "User administration", description = "Accounts and roles, for administrators"),
            @Tag(name = "Products", description = "The public catalogue and the products sellers manage, with their "
                    + "pictures"),
            @Tag(name = "Categories", description = "The managed categories products belong to"),
            @Tag(name = "Stock", description = "Restocks and corrections of the units on hand, with who and why"),
            @Tag(name = "Cart", description = "The customer's cart, checkout and reorder"),
            @Tag(name = "Orders", description = "Placing, reading, cancelling and moving orders"),
            @Tag(name = "Fulfilment", description = "Deliveries in parts, their invoices, the order's progress"),
            @Tag(name = "Payments", description = "The payment ledger, card payments, refunds and Stripe's webhook"),
            @Tag(name = "Returns", description = "Returns (RMA) of delivered units: approve or reject, receive with "
                    + "restock or write-off, refund with a credit note"),
            @Tag(name = "Back office", description = "The staff's order list, CSV export and dashboard"),
            @Tag(name = "Seller", description = "What sellers see of the orders holding their products"),
            @Tag(name = "Events", description = "The event log, an order's timeline and the live event stream"),
            @Tag(name = "Pricing", description = "Quotes with taxes, shipping and promotions, the shipping methods "
                    + "serving a country, and products' tax categories and weights"),
            @Tag(name = "Pricing administration", description = "Tax rates, shipping methods and promotions, "
                    + "managed by administrators and read by staff"),
            @Tag(name = "Event consumers", description = "Durable consumers of the event log: lag, dead letters, "
                    + "pause, resume, skip and replay, for administrators"),
            @Tag(name = "Webhooks", description = "Signed outbound webhooks: endpoints, attempts and redelivery, "
                    + "for administrators")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityScheme(name = "cookie", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "CONVEYOR_ACCESS", description = "The web UI's HttpOnly access-token cookie (login with "
                + "X-Auth-Mode: cookie); writes also need the X-CSRF-Token header matching the CONVEYOR_CSRF cookie")
public final class RestApi {

    private RestApi() {
    }
}
