package dev.conveyor.application.mail.port.out;

import java.util.Map;

/** Writes a mail from its template and the values it shows, in the configured language. */
public interface MailRendererPort {

    /**
     * @param model plain values (strings, numbers, booleans, lists and maps of them) the template shows
     */
    RenderedMail render(MailTemplate template, Map<String, Object> model);

    record RenderedMail(String subject, String html, String text) {
    }
}
