package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnStatus;

public interface ListReturnsQuery {

    /** The back office's work list: every return, or those in one status, oldest first. */
    Page<Return> list(Actor actor, ReturnStatus status, PageRequest page);
}
