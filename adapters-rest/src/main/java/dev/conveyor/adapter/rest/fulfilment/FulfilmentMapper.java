package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.adapter.rest.common.CommonMappings;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.CardPaymentResponse;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.LineRemainingResponse;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.ProgressResponse;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentResponses.RemainingResponse;
import dev.conveyor.adapter.rest.pricing.PriceBreakdownResponse;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.GetOrderProgressQuery.ProgressView;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery.LineRemaining;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery.RemainingView;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.payments.port.in.CreditNoteView;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery.LedgerView;
import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.StartCardPaymentUseCase.CardPaymentView;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.delivery.DeliveryLine;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.InvoiceLine;
import dev.conveyor.domain.payment.PaymentAttempt;
import dev.conveyor.domain.pricing.InvoiceShare;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface FulfilmentMapper extends CommonMappings {

    DeliveryResponse toResponse(DeliveryView delivery);

    DeliveryResponse.DeliveryLineResponse toResponse(DeliveryLine line);

    InvoiceResponse toResponse(InvoiceView invoice);

    @Mapping(target = "total", expression = "java(toResponse(line.total()))")
    InvoiceResponse.InvoiceLineResponse toResponse(InvoiceLine line);

    default InvoicePriceResponse toResponse(InvoiceShare price) {
        return InvoicePriceResponse.of(price);
    }

    PaymentResponse toResponse(PaymentView payment);

    default CreditNoteResponse toResponse(CreditNoteView view) {
        CreditNote note = view.note();
        return new CreditNoteResponse(note.id().value(), note.number().value(), note.orderId().value(),
                note.orderNumber(), note.customerId().value(), toResponse(view.billTo()),
                note.invoices().stream().map(ref -> new CreditNoteResponse.InvoiceRef(ref.id().value(), ref.number()))
                        .toList(),
                note.lines().stream().map(CreditNoteResponse.Line::of).toList(),
                PriceBreakdownResponse.RateTotal.of(note.taxes()), toResponse(note.net()), toResponse(note.tax()),
                toResponse(note.total()), note.reason(), note.issuedBy() == null ? null : note.issuedBy().value(),
                note.issuedAt());
    }

    LedgerResponse toResponse(LedgerView ledger);

    LedgerResponse.AttemptResponse toResponse(PaymentAttempt attempt);

    RemainingResponse toResponse(RemainingView remaining);

    LineRemainingResponse toResponse(LineRemaining line);

    ProgressResponse toResponse(ProgressView progress);

    CardPaymentResponse toResponse(CardPaymentView payment);

    /** In life-cycle order. */
    default List<DeliveryStatus> toList(Set<DeliveryStatus> statuses) {
        return statuses == null ? List.of() : statuses.stream().sorted().toList();
    }
}
