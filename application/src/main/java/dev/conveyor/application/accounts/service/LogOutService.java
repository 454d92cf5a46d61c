package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.LogOutUseCase;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

final class LogOutService implements LogOutUseCase {

    private final RefreshTokenPort refreshTokens;
    private final SessionEnds sessionEnds;
    private final TransactionPort transactions;
    private final Clock clock;

    LogOutService(RefreshTokenPort refreshTokens, SessionEnds sessionEnds, TransactionPort transactions,
                  Clock clock) {
        this.refreshTokens = refreshTokens;
        this.sessionEnds = sessionEnds;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logOut(Actor actor, String refreshToken) {
        Optional<UserId> ended = transactions.inTransaction(() -> {
            Optional<RefreshToken> token = known(refreshToken);
            token.ifPresent(found -> refreshTokens.revokeFamily(found.familyId(), clock.instant()));
            // the refresh token's owner, or else the caller: whoever logs out, their access tokens end too
            Optional<UserId> user = token.map(RefreshToken::userId)
                    .or(() -> actor.kind() == Actor.Kind.USER ? Optional.of(actor.userId()) : Optional.empty());
            user.ifPresent(sessionEnds::end);
            return user;
        });
        ended.ifPresent(sessionEnds::announce);
    }

    private Optional<RefreshToken> known(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            return Optional.empty();
        }
        return refreshTokens.findByHash(SessionIssuer.hash(refreshToken));
    }
}
