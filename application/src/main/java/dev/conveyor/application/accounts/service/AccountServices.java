package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.AddMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.BootstrapAdminUseCase;
import dev.conveyor.application.accounts.port.in.ChangeMyPasswordUseCase;
import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.in.DeleteMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.GetAccountQuery;
import dev.conveyor.application.accounts.port.in.GetMyProfileQuery;
import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.accounts.port.in.ListMyAddressesQuery;
import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.accounts.port.in.LogInUseCase;
import dev.conveyor.application.accounts.port.in.LogOutUseCase;
import dev.conveyor.application.accounts.port.in.RefreshSessionUseCase;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.accounts.port.in.UpdateMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase;
import dev.conveyor.application.accounts.port.out.AccessTokenPort;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.accounts.port.out.PasswordHasherPort;
import dev.conveyor.application.accounts.port.out.RefreshTokenPort;
import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.application.shared.service.SharedServices;

/**
 * Accounts and sessions, assembled in plain Java: the Micronaut factory in
 * {@code bootstrap} and the contract tests build every feature the same way.
 */
public final class AccountServices {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refreshSession;
    private final LogOutUseCase logOut;
    private final GetMyProfileQuery myProfile;
    private final UpdateMyProfileUseCase updateMyProfile;
    private final ChangeMyPasswordUseCase changeMyPassword;
    private final GetAccountQuery account;
    private final DeleteMyAccountUseCase deleteMyAccount;
    private final ListUsersQuery listUsers;
    private final ChangeUserRoleUseCase changeUserRole;
    private final BootstrapAdminUseCase bootstrapAdmin;
    private final GetSessionMarkerQuery sessionMarker;
    private final ListMyAddressesQuery listAddresses;
    private final AddMyAddressUseCase addAddress;
    private final UpdateMyAddressUseCase updateAddress;
    private final DeleteMyAddressUseCase deleteAddress;

    public AccountServices(SharedServices shared, AccessTokenPort accessTokens, RefreshTokenPort refreshTokens,
                           SessionMarkerPort sessionMarkers, SessionSignalPort sessionSignals,
                           PasswordHasherPort passwordHasher, AddressBookPort addressBook, AccountSettings settings) {
        var ports = shared.ports();
        var tx = ports.transactions();
        var clock = shared.clock();
        var sessions = new SessionIssuer(accessTokens, refreshTokens, sessionMarkers, clock,
                settings.refreshTokenLifetime());
        var sessionEnds = new SessionEnds(sessionMarkers, sessionSignals);

        signUp = new SignUpService(ports.users(), passwordHasher, shared.events(), tx, clock);
        logIn = new LogInService(ports.users(), passwordHasher, ports.rateLimits(), sessions, tx,
                settings.loginLimits());
        refreshSession = new RefreshSessionService(refreshTokens, ports.users(), sessions, tx, clock);
        logOut = new LogOutService(refreshTokens, sessionEnds, tx, clock);
        myProfile = new GetMyProfileService(ports.users());
        updateMyProfile = new UpdateMyProfileService(ports.users(), tx, clock);
        changeMyPassword = new ChangeMyPasswordService(ports.users(), passwordHasher, refreshTokens, sessionEnds, tx,
                clock);
        deleteMyAccount = new DeleteMyAccountService(ports.users(), refreshTokens, addressBook, sessionEnds, tx,
                clock);
        listAddresses = new ListMyAddressesService(addressBook);
        addAddress = new AddMyAddressService(addressBook, shared.idempotent(), clock);
        updateAddress = new UpdateMyAddressService(addressBook, tx);
        deleteAddress = new DeleteMyAddressService(addressBook, tx);
        listUsers = new ListUsersService(ports.users());
        account = new GetAccountService(ports.users());
        changeUserRole = new ChangeUserRoleService(ports.users(), sessionEnds, shared.events(), tx, clock);
        bootstrapAdmin = new BootstrapAdminService(ports.users(), passwordHasher, tx, clock);
        sessionMarker = new GetSessionMarkerService(sessionMarkers);
    }

    public SignUpUseCase signUp() {
        return signUp;
    }

    public LogInUseCase logIn() {
        return logIn;
    }

    public RefreshSessionUseCase refreshSession() {
        return refreshSession;
    }

    public LogOutUseCase logOut() {
        return logOut;
    }

    public GetMyProfileQuery myProfile() {
        return myProfile;
    }

    public UpdateMyProfileUseCase updateMyProfile() {
        return updateMyProfile;
    }

    public ChangeMyPasswordUseCase changeMyPassword() {
        return changeMyPassword;
    }

    public DeleteMyAccountUseCase deleteMyAccount() {
        return deleteMyAccount;
    }

    public GetAccountQuery account() {
        return account;
    }

    public ListUsersQuery listUsers() {
        return listUsers;
    }

    public ChangeUserRoleUseCase changeUserRole() {
        return changeUserRole;
    }

    public BootstrapAdminUseCase bootstrapAdmin() {
        return bootstrapAdmin;
    }

    public GetSessionMarkerQuery sessionMarker() {
        return sessionMarker;
    }

    public ListMyAddressesQuery listAddresses() {
        return listAddresses;
    }

    public AddMyAddressUseCase addAddress() {
        return addAddress;
    }

    public UpdateMyAddressUseCase updateAddress() {
        return updateAddress;
    }

    public DeleteMyAddressUseCase deleteAddress() {
        return deleteAddress;
    }
}
