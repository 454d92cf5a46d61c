package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.LogOutUseCase;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import java.time.Clock;

final class LogOutService implements LogOutUseCase {

    private final RefreshTokenPort refreshTokens;
    private final TransactionPort transactions;
    private final Clock clock;

    LogOutService(RefreshTokenPort refreshTokens, TransactionPort transactions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logOut(Actor actor, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            return;
        }
        transactions.inTransaction(() -> refreshTokens.findByHash(SessionIssuer.hash(refreshToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant())));
    }
}
