package dev.conveyor.bootstrap.http;

import java.util.UUID;

/** What a login or refresh answered: the user and the two tokens. */
record Session(UUID userId, String email, String role, String accessToken, String refreshToken) {

    static Session of(Reply login) {
        return new Session(login.id("user.id"), login.text("user.email"), login.text("user.role"),
                login.text("accessToken"), login.text("refreshToken"));
    }
}
