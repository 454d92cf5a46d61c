package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.fulfilment.port.in.GetInvoiceQuery;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.fulfilment.port.in.VoidInvoiceUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.invoice.InvoiceId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/invoices/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Fulfilment")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class InvoiceController {

    static final String PDF = "application/pdf";

    private final GetInvoiceQuery get;
    private final VoidInvoiceUseCase voidInvoice;
    private final FulfilmentMapper mapper;
    private final InvoicePdf pdf;

    InvoiceController(GetInvoiceQuery get, VoidInvoiceUseCase voidInvoice, FulfilmentMapper mapper, InvoicePdf pdf) {
        this.get = get;
        this.voidInvoice = voidInvoice;
        this.mapper = mapper;
        this.pdf = pdf;
    }

    @Get(produces = {MediaType.APPLICATION_JSON, PDF})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One invoice: JSON, or a PDF document with Accept: application/pdf",
            description = "The order's customer and the back office; sellers are refused. With Accept: "
                    + "application/pdf the answer is the PDF.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    HttpResponse<?> invoice(@CurrentActor Actor actor, UUID id, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        InvoiceView invoice = get.get(actor, new InvoiceId(id));
        if (accept != null && accept.contains(PDF)) {
            return asPdf(invoice);
        }
        return HttpResponse.ok(mapper.toResponse(invoice)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(value = "/pdf", produces = PDF)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One invoice as a PDF document, for links in browsers",
            description = "The same invoice as a PDF, whatever the Accept header says.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    HttpResponse<byte[]> invoicePdf(@CurrentActor Actor actor, UUID id) {
        return asPdf(get.get(actor, new InvoiceId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/void")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Void an invoice nothing was paid on",
            description = "Staff and administrators; only an invoice nothing has been paid on.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    InvoiceResponse voidInvoice(@CurrentActor Actor actor, UUID id) {
        return mapper.toResponse(voidInvoice.voidInvoice(actor, new InvoiceId(id)));
    }

    private HttpResponse<byte[]> asPdf(InvoiceView invoice) {
        return HttpResponse.ok(pdf.render(invoice))
                .contentType(MediaType.of(PDF))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.number() + ".pdf\"");
    }
}
