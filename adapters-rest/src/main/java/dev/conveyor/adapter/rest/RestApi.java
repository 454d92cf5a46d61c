package dev.conveyor.adapter.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document of the REST API, generated at compile time into
 * {@code META-INF/swagger/}. Errors are {@code application/problem+json} with a
 * stable {@code code}; lists page with {@code page} and {@code size}.
 */
@OpenAPIDefinition(info = @Info(title = "Conveyor", version = "0.1",
        description = "Order management: catalogue, stock, orders and accounts."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityScheme(name = "cookie", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "CONVEYOR_ACCESS", description = "The web UI's HttpOnly access-token cookie (login with "
                + "X-Auth-Mode: cookie); writes also need the X-CSRF-Token header matching the CONVEYOR_CSRF cookie")
public final class RestApi {

    private RestApi() {
    }
}
