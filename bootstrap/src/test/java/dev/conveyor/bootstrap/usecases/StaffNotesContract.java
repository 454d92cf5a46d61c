package dev.conveyor.bootstrap.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase.AddStaffNoteCommand;
import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase.AddedNote;
import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase;
import dev.conveyor.application.backoffice.port.in.AuthoredNote;
import dev.conveyor.application.backoffice.port.in.ListStaffNotesQuery;
import dev.conveyor.application.backoffice.port.in.NoteSubject;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Staff notes on customers and orders; each subclass runs it on one persistence adapter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffNotesContract {

    @Inject Shop shop;
    @Inject TestClock clock;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject AddStaffNoteUseCase add;
    @Inject ListStaffNotesQuery list;

    private UUID order(Actor customer) {
        return placeOrder.place(customer, Shop.order(shop.product(shop.user(Role.SELLER), 5).id(), 1), null)
                .order().id();
    }

    private AuthoredNote note(Actor staff, NoteSubject subject, String body) {
        AuthoredNote note = add.add(staff, new AddStaffNoteCommand(subject, body), null).note();
        clock.advance(Duration.ofSeconds(1));
        return note;
    }

    @Test
    void staffKeepNotesOnACustomerAndAnOrderNewestFirstWithTheirAuthorsName() {
        Actor staff = shop.user(Role.STAFF);
        Actor customer = shop.customer();
        UUID order = order(customer);
        NoteSubject onCustomer = NoteSubject.customer(customer.userId().value());
        NoteSubject onOrder = NoteSubject.order(order);

        note(staff, onCustomer, "prefers e-mail");
        note(shop.admin(), onCustomer, "VIP since 2020");
        AuthoredNote onTheOrder = note(staff, onOrder, "customer called: leave at the door");

        Page<AuthoredNote> customerNotes = list.list(staff, onCustomer, new PageRequest(0, 20));
        assertEquals(List.of("VIP since 2020", "prefers e-mail"),
                customerNotes.items().stream().map(n -> n.note().body()).toList(), "newest first");
        assertEquals(2, customerNotes.total());
        assertEquals("Test staff", customerNotes.items().get(1).authorName());
        assertEquals(staff.userId(), customerNotes.items().get(1).note().author());
        assertEquals(List.of(onTheOrder.note().id()),
                list.list(shop.admin(), onOrder, new PageRequest(0, 20)).items().stream().map(n -> n.note().id()).toList(),
                "an order's notes are its own, not its customer's");
        assertEquals(1, list.list(staff, onCustomer, new PageRequest(1, 1)).items().size(), "paged");
    }

    @Test
    void aNoteIsNeverTheCustomersOrTheSellersToReadOrWrite() {
        Actor staff = shop.user(Role.STAFF);
        Actor customer = shop.customer();
        UUID order = order(customer);
        note(staff, NoteSubject.order(order), "fraud check passed");

        for (Actor outsider : List.of(customer, shop.user(Role.SELLER))) {
            assertThrows(ForbiddenException.class, () -> list.list(outsider, NoteSubject.order(order), new PageRequest(0, 20)));
            assertThrows(ForbiddenException.class, () -> add.add(outsider,
                    new AddStaffNoteCommand(NoteSubject.order(order), "mine"), null));
            assertThrows(ForbiddenException.class, () -> list.list(outsider,
                    NoteSubject.customer(customer.userId().value()), new PageRequest(0, 20)));
        }
    }

    @Test
    void aNoteNeedsTextAndASubjectThatExists() {
        Actor staff = shop.user(Role.STAFF);
        NoteSubject customer = NoteSubject.customer(shop.customer().userId().value());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> new AddStaffNoteCommand(customer, "  "));
        assertEquals("body", blank.field());
        assertEquals("body", assertThrows(InvalidInputException.class,
                () -> new AddStaffNoteCommand(customer, "x".repeat(2001))).field());

        assertEquals("CUSTOMER_NOT_FOUND", assertThrows(NotFoundException.class, () -> add.add(staff,
                new AddStaffNoteCommand(NoteSubject.customer(UUID.randomUUID()), "who?"), null)).code());
        assertEquals("ORDER_NOT_FOUND", assertThrows(NotFoundException.class, () -> list.list(staff,
                NoteSubject.order(UUID.randomUUID()), new PageRequest(0, 20))).code());
    }

    @Test
    void aRetriedRequestAddsTheNoteOnce() {
        Actor staff = shop.user(Role.STAFF);
        NoteSubject subject = NoteSubject.customer(shop.customer().userId().value());
        IdempotencyKey key = IdempotencyKey.ofNullable("note-" + UUID.randomUUID());
        AddedNote first = add.add(staff, new AddStaffNoteCommand(subject, "called back"), key);
        AddedNote again = add.add(staff, new AddStaffNoteCommand(subject, "called back"), key);

        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.note().note().id(), again.note().note().id());
        assertEquals(1, list.list(staff, subject, new PageRequest(0, 20)).total());
    }
}
