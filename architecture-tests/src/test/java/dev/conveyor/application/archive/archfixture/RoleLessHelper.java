package dev.conveyor.application.archive.archfixture;

/** A class of a feature that is neither an in-port, an out-port nor a service. */
public class RoleLessHelper {

    public String help() {
        return "?";
    }
}
