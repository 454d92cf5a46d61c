package dev.conveyor.application.limits.port.in;

import dev.conveyor.application.shared.Actor;

/**
 * Lets a request through, or not, by how many requests of its kind its caller
 * made lately: a signed-in caller counts as the user (wherever they come
 * from), an anonymous one as the client address.
 */
public interface AdmitRequestUseCase {

    /**
     * @param clientAddress the caller's address, as the web layer determined it
     * @throws dev.conveyor.application.shared.TooManyRequestsException with how long to wait when the caller
     *         used up its allowance for this kind of request
     */
    void admit(Actor actor, RequestKind kind, String clientAddress);
}
