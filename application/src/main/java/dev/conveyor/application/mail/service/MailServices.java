package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.ChangeMailPreferencesUseCase;
import dev.conveyor.application.mail.port.in.DeliverMailUseCase;
import dev.conveyor.application.mail.port.in.GetMailPreferencesQuery;
import dev.conveyor.application.mail.port.in.ListMailsQuery;
import dev.conveyor.application.mail.port.in.QueueMailUseCase;
import dev.conveyor.application.mail.port.in.ReadUnsubscribeLinkQuery;
import dev.conveyor.application.mail.port.in.ResendMailUseCase;
import dev.conveyor.application.mail.port.in.UnsubscribeUseCase;
import dev.conveyor.application.mail.port.out.InvoiceDocumentPort;
import dev.conveyor.application.mail.port.out.LinkSignerPort;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.application.mail.port.out.MailRendererPort;
import dev.conveyor.application.mail.port.out.MailSenderPort;
import dev.conveyor.application.shared.service.Backoff;
import dev.conveyor.application.shared.service.SharedServices;
import java.util.concurrent.ThreadLocalRandom;

/** E-mail to customers and the shop's people: queued from the event log, sent once, within their preferences. */
public final class MailServices {

    private final QueueMailUseCase queue;
    private final DeliverMailUseCase deliver;
    private final GetMailPreferencesQuery preferences;
    private final ChangeMailPreferencesUseCase changePreferences;
    private final ReadUnsubscribeLinkQuery readUnsubscribeLink;
    private final UnsubscribeUseCase unsubscribe;
    private final ListMailsQuery listMails;
    private final ResendMailUseCase resendMail;

    @SuppressWarnings("java:S107")
    public MailServices(SharedServices shared, MailOutboxPort outbox, MailPreferencePort preferencePort,
                        MailRendererPort renderer, MailSenderPort sender, InvoiceDocumentPort invoices,
                        LinkSignerPort signer, MailSettings settings) {
        var ports = shared.ports();
        var clock = shared.clock();
        var transactions = ports.transactions();
        var tokens = new UnsubscribeTokens(signer);
        var plans = new MailPlans(ports.users(), ports.orders(), ports.products(),
                new MailFormats(settings.trackingUrl()), settings.baseUrl());
        var backoff = new Backoff(settings.firstRetry(), settings.maxRetry(),
                () -> ThreadLocalRandom.current().nextDouble());
        var reader = new MailPreferencesReader(preferencePort);
        var links = new UnsubscribeLinks(tokens, ports.users(), preferencePort);
        queue = new QueueMailService(plans, renderer, outbox, preferencePort, tokens, settings.baseUrl(), clock);
        deliver = new DeliverMailService(outbox, sender, invoices, transactions, settings, backoff, clock);
        preferences = new GetMailPreferencesService(reader);
        changePreferences = new ChangeMailPreferencesService(preferencePort, reader, transactions);
        readUnsubscribeLink = new ReadUnsubscribeLinkService(links);
        unsubscribe = new UnsubscribeService(links, preferencePort, transactions);
        listMails = new ListMailsService(outbox);
        resendMail = new ResendMailService(outbox, transactions, clock);
    }

    public QueueMailUseCase queue() {
        return queue;
    }

    public DeliverMailUseCase deliver() {
        return deliver;
    }

    public GetMailPreferencesQuery preferences() {
        return preferences;
    }

    public ChangeMailPreferencesUseCase changePreferences() {
        return changePreferences;
    }

    public ReadUnsubscribeLinkQuery readUnsubscribeLink() {
        return readUnsubscribeLink;
    }

    public UnsubscribeUseCase unsubscribe() {
        return unsubscribe;
    }

    public ListMailsQuery listMails() {
        return listMails;
    }

    public ResendMailUseCase resendMail() {
        return resendMail;
    }
}
