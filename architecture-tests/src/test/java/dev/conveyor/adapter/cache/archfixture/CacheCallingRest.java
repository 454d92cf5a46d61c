package dev.conveyor.adapter.cache.archfixture;

import dev.conveyor.adapter.rest.archfixture.RestEndpoint;

/** One adapter depending on another. */
public class CacheCallingRest {

    public String key(RestEndpoint endpoint) {
        return "cache:" + endpoint.path();
    }
}
