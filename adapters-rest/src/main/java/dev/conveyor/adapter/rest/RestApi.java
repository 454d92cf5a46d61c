package dev.conveyor.adapter.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
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
public final class RestApi {

    private RestApi() {
    }
}
