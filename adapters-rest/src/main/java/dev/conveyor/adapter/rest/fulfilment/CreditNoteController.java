package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.payments.port.in.CreditNoteView;
import dev.conveyor.application.payments.port.in.GetCreditNoteQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.creditnote.CreditNoteId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/credit-notes/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Fulfilment")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class CreditNoteController {

    private final GetCreditNoteQuery get;
    private final FulfilmentMapper mapper;
    private final CreditNotePdf pdf;

    CreditNoteController(GetCreditNoteQuery get, FulfilmentMapper mapper, CreditNotePdf pdf) {
        this.get = get;
        this.mapper = mapper;
        this.pdf = pdf;
    }

    @Get(produces = {MediaType.APPLICATION_JSON, InvoiceController.PDF})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One credit note: JSON, or a PDF document with Accept: application/pdf",
            description = "The order's customer and the back office; a seller sees the note's lines that are "
                    + "theirs. With Accept: application/pdf the answer is the PDF.")
    @Answers.Invalid
    @Answers.NotFound
    HttpResponse<?> creditNote(@CurrentActor Actor actor, UUID id,
                               @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        CreditNoteView note = get.get(actor, new CreditNoteId(id));
        if (accept != null && accept.contains(InvoiceController.PDF)) {
            return asPdf(note);
        }
        return HttpResponse.ok(mapper.toResponse(note)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(value = "/pdf", produces = InvoiceController.PDF)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One credit note as a PDF document, for links in browsers",
            description = "The same credit note as a PDF, whatever the Accept header says.")
    @Answers.Invalid
    @Answers.NotFound
    HttpResponse<byte[]> creditNotePdf(@CurrentActor Actor actor, UUID id) {
        return asPdf(get.get(actor, new CreditNoteId(id)));
    }

    private HttpResponse<byte[]> asPdf(CreditNoteView note) {
        return HttpResponse.ok(pdf.render(note))
                .contentType(MediaType.of(InvoiceController.PDF))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + note.note().number() + ".pdf\"");
    }
}
