package dev.conveyor.adapter.rest.mail;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.mail.port.in.ReadUnsubscribeLinkQuery;
import dev.conveyor.application.mail.port.in.UnsubscribeLink;
import dev.conveyor.application.mail.port.in.UnsubscribeUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The unsubscribe link of alert mails: no login, the signed token in the link is the proof. Opening the link
 * (GET) changes nothing, as mail scanners open links; its page's button, and mail clients' one-click
 * unsubscribe (RFC 8058, {@code List-Unsubscribe-Post}), POST to the same address.
 */
@Controller("/api/mail/unsubscribe")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
@Answers.Unavailable
final class UnsubscribeController {

    private final ReadUnsubscribeLinkQuery read;
    private final UnsubscribeUseCase unsubscribe;

    UnsubscribeController(ReadUnsubscribeLinkQuery read, UnsubscribeUseCase unsubscribe) {
        this.read = read;
        this.unsubscribe = unsubscribe;
    }

    @RateLimited(RequestKind.SEARCH)
    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The page an unsubscribe link opens: what it turns off, and a button to do it",
            description = "Changes nothing. A token that is not ours is a 400 naming token.")
    @Answers.Invalid
    String page(@Nullable @QueryValue String token) {
        UnsubscribeLink link = read.read(token);
        if (!link.subscribed()) {
            return page("Unsubscribed", "<p>" + escape(link.email()) + " no longer gets " + words(link) + ".</p>");
        }
        return page("Unsubscribe", "<p>Stop sending " + words(link) + " to " + escape(link.email()) + "?</p>"
                + "<form method=\"post\" action=\"/api/mail/unsubscribe?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + "\">"
                + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    @RateLimited(RequestKind.WRITES)
    @Post(consumes = MediaType.ALL, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Turn off the alerts an unsubscribe link names",
            description = "No login: the signed token is the proof. The body (List-Unsubscribe=One-Click from mail "
                    + "clients) is not read. Doing it again changes nothing. A token that is not ours is a 400 "
                    + "naming token.")
    @Answers.Invalid
    String unsubscribe(@Nullable @QueryValue String token,
                       @RequestBody(required = false, content = @Content(
                               mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = "object",
                               additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                               description = "List-Unsubscribe=One-Click from mail clients, or the page's empty form")))
                       @Nullable @Body byte[] ignored) {
        UnsubscribeLink link = unsubscribe.unsubscribe(token);
        return page("Unsubscribed", "<p>Done: " + escape(link.email()) + " no longer gets " + words(link)
                + ". You can turn them on again under your account's notification settings.</p>");
    }

    private static String words(UnsubscribeLink link) {
        return switch (link.category()) {
            case STOCK_ALERTS -> "low-stock and out-of-stock alerts";
            case PAYMENT_ALERTS -> "failed-payment alerts";
            case INTEGRATION_ALERTS -> "webhook alerts";
            case ACCOUNT, ORDERS -> "mail about " + link.category().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + title
                + " — Conveyor</title></head><body><h1>" + title + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
