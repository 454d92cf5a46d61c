package dev.conveyor.application.mail.port.out;

/** Signs what a link in a mail stands for, so that nobody can make such a link for someone else. */
public interface LinkSignerPort {

    /** @return the signature of {@code subject}, made with a key only the server has */
    byte[] sign(byte[] subject);
}
