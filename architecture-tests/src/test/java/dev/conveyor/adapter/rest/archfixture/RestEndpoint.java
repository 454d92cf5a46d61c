package dev.conveyor.adapter.rest.archfixture;

/** An ordinary class of the REST adapter that other fixtures reach for. */
public class RestEndpoint {

    public String path() {
        return "/api/archive";
    }
}
