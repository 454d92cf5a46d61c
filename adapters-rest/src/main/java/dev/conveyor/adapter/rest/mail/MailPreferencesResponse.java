package dev.conveyor.adapter.rest.mail;

import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.application.mail.port.in.MailPreferencesView;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Every mail category, whether it can be turned off, and whether the caller gets it. */
@Serdeable
public record MailPreferencesResponse(List<Category> categories) {

    @Serdeable
    public record Category(MailCategory category,
                           @Schema(description = "about the caller's own account or orders: always sent")
                           boolean transactional,
                           boolean subscribed) {
    }

    static MailPreferencesResponse of(MailPreferencesView view) {
        return new MailPreferencesResponse(view.categories().stream()
                .map(c -> new Category(c.category(), c.transactional(), c.subscribed())).toList());
    }
}
