package dev.conveyor.application.backoffice.port.in;

/** A staff note with its author as colleagues know them: their name, else their e-mail; null once deleted. */
public record AuthoredNote(StaffNote note, String authorName) {
}
