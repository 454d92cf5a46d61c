package dev.conveyor.adapter.rest.mail;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.mail.port.in.ChangeMailPreferencesCommand;
import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/** The categories the caller does not want, all of them (an empty list turns everything back on). */
@Serdeable
public record MailPreferencesRequest(
        @Nullable @ArraySchema(schema = @Schema(implementation = MailCategory.class)) List<String> optOut)
        implements JsonRequest {

    ChangeMailPreferencesCommand toCommand() {
        if (optOut == null) {
            throw new InvalidInputException("optOut", "is required: the categories not to receive, [] for none");
        }
        List<MailCategory> categories = new ArrayList<>();
        for (int i = 0; i < optOut.size(); i++) {
            categories.add(Inputs.enumValue("optOut[" + i + "]", optOut.get(i), MailCategory.class));
        }
        return ChangeMailPreferencesCommand.of(categories);
    }
}
