package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.domain.user.UserId;
import java.util.OptionalLong;

final class GetSessionMarkerService implements GetSessionMarkerQuery {

    private final SessionMarkerPort markers;

    GetSessionMarkerService(SessionMarkerPort markers) {
        this.markers = markers;
    }

    @Override
    public OptionalLong current(UserId user) {
        return markers.current(user);
    }
}
