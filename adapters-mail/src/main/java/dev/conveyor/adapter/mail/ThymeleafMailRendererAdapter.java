package dev.conveyor.adapter.mail;

import dev.conveyor.application.mail.port.out.MailRendererPort;
import dev.conveyor.application.mail.port.out.MailTemplate;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Mails from Thymeleaf templates under {@code mail/} on the class path: {@code <name>.html} and
 * {@code <name>.txt} per mail, whose words all come from one message bundle, {@code mail/messages.properties}
 * (a translation is a {@code messages_<language>.properties} beside it; {@code conveyor.mail.language} picks
 * it). The plain-text template's first line is the subject.
 */
@Singleton
final class ThymeleafMailRendererAdapter implements MailRendererPort {

    private static final String BUNDLE = "mail.messages";

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final Locale locale;

    ThymeleafMailRendererAdapter(@Value("${conveyor.mail.language:en}") String language) {
        this.locale = Locale.forLanguageTag(language);
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(
                ThymeleafMailRendererAdapter.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages());
        return engine;
    }

    @Override
    public RenderedMail render(MailTemplate template, Map<String, Object> model) {
        Context context = new Context(locale, model);
        return split(html.process(template.fileName(), context),
                text.process(template.fileName(), context).stripLeading());
    }

    private static RenderedMail split(String html, String text) {
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new IllegalStateException("a plain-text mail template starts with its subject line");
        }
        return new RenderedMail(text.substring(0, end).strip(), html, text.substring(end + 1).stripLeading());
    }

    /**
     * Thymeleaf's {@code #{key(args)}} from the one bundle, formatted with {@link MessageFormat}. A mail resolves
     * a dozen messages per template: each pattern is looked up and parsed once, not per message (that was a
     * fifth of a mail's rendering).
     */
    private static final class BundleMessages extends AbstractMessageResolver {

        private static final Object[] NO_ARGUMENTS = {};

        private final Map<Message, MessageFormat> formats = new ConcurrentHashMap<>();

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            MessageFormat format = formats.computeIfAbsent(new Message(context.getLocale(), key), Message::format);
            if (format == null) {
                return null;
            }
            // a MessageFormat is not thread-safe (its number and date formats keep state while formatting)
            synchronized (format) {
                return format.format(arguments == null ? NO_ARGUMENTS : arguments);
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] arguments) {
            throw new IllegalStateException("the mail message bundle has no " + key);
        }
    }

    private record Message(Locale locale, String key) {

        /** @return null when the bundle has no such key (the map then keeps nothing for it) */
        MessageFormat format() {
            try {
                return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale);
            } catch (MissingResourceException e) {
                return null;
            }
        }
    }
}
