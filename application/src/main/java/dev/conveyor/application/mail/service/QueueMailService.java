package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.application.mail.port.in.MailTrigger;
import dev.conveyor.application.mail.port.in.QueueMailUseCase;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.mail.port.out.MailOutboxPort.QueuedMail;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.application.mail.port.out.MailRendererPort;
import dev.conveyor.application.mail.port.out.MailRendererPort.RenderedMail;
import dev.conveyor.domain.shared.Ids;
import dev.conveyor.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders each mail an event causes and queues it, in the transaction of the mail consumer (which moves its
 * position past the event in the same commit). The outbox's unique (event, recipient, template) makes a
 * replayed event queue nothing twice. Preferences are read now: an opt-out stops the mails queued after it.
 */
final class QueueMailService implements QueueMailUseCase {

    private final MailPlans plans;
    private final MailRendererPort renderer;
    private final MailOutboxPort outbox;
    private final MailPreferencePort preferences;
    private final UnsubscribeTokens tokens;
    private final String baseUrl;
    private final Clock clock;

    QueueMailService(MailPlans plans, MailRendererPort renderer, MailOutboxPort outbox,
                     MailPreferencePort preferences, UnsubscribeTokens tokens, String baseUrl, Clock clock) {
        this.plans = plans;
        this.renderer = renderer;
        this.outbox = outbox;
        this.preferences = preferences;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public int queue(MailTrigger trigger) {
        int queued = 0;
        for (MailPlans.Plan plan : plans.plan(trigger)) {
            MailCategory category = plan.template().category();
            for (User recipient : plan.recipients()) {
                if (!category.transactional() && preferences.optedOut(recipient.id()).contains(category)) {
                    continue;
                }
                String unsubscribeUrl = category.transactional() ? null
                        : baseUrl + "/api/mail/unsubscribe?token=" + tokens.sign(recipient.id(), category);
                Map<String, Object> model = new HashMap<>(plan.model());
                model.put("name", recipient.profile().name() == null ? "" : recipient.profile().name());
                model.put("shopUrl", baseUrl);
                model.put("unsubscribeUrl", unsubscribeUrl);
                RenderedMail mail = renderer.render(plan.template(), model);
                Instant now = clock.instant();
                if (outbox.enqueue(new QueuedMail(Ids.newId(), trigger.eventId(), plan.template(),
                        recipient.id().value(), recipient.email().value(), mail.subject(), mail.html(), mail.text(),
                        unsubscribeUrl, plan.invoiceId(), plan.customerId(), MailOutboxPort.Status.PENDING, 0, now,
                        now, null, null))) {
                    queued++;
                }
            }
        }
        return queued;
    }
}
