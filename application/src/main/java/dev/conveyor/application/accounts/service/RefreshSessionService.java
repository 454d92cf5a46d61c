package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.RefreshSessionUseCase;
import dev.conveyor.application.accounts.port.in.Session;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.user.RefreshToken;
import dev.conveyor.domain.user.User;
import java.time.Clock;
import java.time.Instant;

final class RefreshSessionService implements RefreshSessionUseCase {

    private final RefreshTokenPort refreshTokens;
    private final UserRepositoryPort users;
    private final SessionIssuer sessions;
    private final TransactionPort transactions;
    private final Clock clock;

    RefreshSessionService(RefreshTokenPort refreshTokens, UserRepositoryPort users, SessionIssuer sessions,
                          TransactionPort transactions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Session refresh(Actor actor, String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw new UnauthenticatedException("a refresh token is required");
        }
        // the revocation of a reused token's family must commit, so the refusal is thrown after the transaction
        Session session = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            RefreshToken token = refreshTokens.findByHash(SessionIssuer.hash(refreshToken))
                    .orElseThrow(() -> new UnauthenticatedException("unknown refresh token"));
            if (token.isRevoked() || token.isExpired(now)) {
                throw new UnauthenticatedException("the refresh token expired or was revoked; log in again");
            }
            if (token.isUsed() || !refreshTokens.markUsed(token.id(), now)) {
                refreshTokens.revokeFamily(token.familyId(), now);
                return null;
            }
            User user = users.findById(token.userId()).filter(User::isActive)
                    .orElseThrow(() -> new UnauthenticatedException("the account no longer exists"));
            return sessions.continueAfter(token, user);
        });
        if (session == null) {
            throw new UnauthenticatedException("this refresh token was already used; every session of its login "
                    + "has been revoked, log in again");
        }
        return session;
    }
}
