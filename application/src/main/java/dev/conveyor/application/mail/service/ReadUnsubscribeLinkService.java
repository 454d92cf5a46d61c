package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.ReadUnsubscribeLinkQuery;
import dev.conveyor.application.mail.port.in.UnsubscribeLink;

final class ReadUnsubscribeLinkService implements ReadUnsubscribeLinkQuery {

    private final UnsubscribeLinks links;

    ReadUnsubscribeLinkService(UnsubscribeLinks links) {
        this.links = links;
    }

    @Override
    public UnsubscribeLink read(String token) {
        return links.describe(links.verify(token));
    }
}
