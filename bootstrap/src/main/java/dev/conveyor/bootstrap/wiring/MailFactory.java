package dev.conveyor.bootstrap.wiring;

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
import dev.conveyor.application.mail.service.MailServices;
import dev.conveyor.application.mail.service.MailSettings;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;

/** E-mail: its use cases as beans, from the selected outbox, the renderer and the configured sender. */
@Factory
public class MailFactory {

    @Singleton
    @SuppressWarnings("java:S107")
    MailSettings mailSettings(@Value("${conveyor.mail.base-url}") String baseUrl,
                              @Nullable @Value("${conveyor.mail.tracking-url:}") String trackingUrl,
                              @Value("${conveyor.mail.first-retry:30s}") Duration firstRetry,
                              @Value("${conveyor.mail.max-retry:30m}") Duration maxRetry,
                              @Value("${conveyor.mail.max-attempts:10}") int maxAttempts,
                              @Value("${conveyor.mail.batch-size:50}") int batchSize,
                              @Value("${conveyor.mail.sending-timeout:10m}") Duration sendingTimeout) {
        return new MailSettings(baseUrl, trackingUrl, firstRetry, maxRetry, maxAttempts, batchSize, sendingTimeout);
    }

    @Singleton
    @SuppressWarnings("java:S107")
    MailServices mailServices(SharedServices shared, MailOutboxPort outbox, MailPreferencePort preferences,
                              MailRendererPort renderer, MailSenderPort sender, InvoiceDocumentPort invoices,
                              LinkSignerPort signer, MailSettings settings) {
        return new MailServices(shared, outbox, preferences, renderer, sender, invoices, signer, settings);
    }

    @Singleton
    QueueMailUseCase queueMail(MailServices mail) {
        return mail.queue();
    }

    @Singleton
    DeliverMailUseCase deliverMail(MailServices mail) {
        return mail.deliver();
    }

    @Singleton
    GetMailPreferencesQuery mailPreferences(MailServices mail) {
        return mail.preferences();
    }

    @Singleton
    ChangeMailPreferencesUseCase changeMailPreferences(MailServices mail) {
        return mail.changePreferences();
    }

    @Singleton
    ReadUnsubscribeLinkQuery readUnsubscribeLink(MailServices mail) {
        return mail.readUnsubscribeLink();
    }

    @Singleton
    UnsubscribeUseCase unsubscribe(MailServices mail) {
        return mail.unsubscribe();
    }

    @Singleton
    ListMailsQuery listMails(MailServices mail) {
        return mail.listMails();
    }

    @Singleton
    ResendMailUseCase resendMail(MailServices mail) {
        return mail.resendMail();
    }
}
