package dev.conveyor.adapter.cache.readcache;

/**
 * Keys of a cache space are spread over a fixed number of stripes. Invalidating
 * a key changes its stripe's marker; a value loaded after a lookup is stored
 * only if the marker is still the one the lookup saw, so it never replaces an
 * invalidation that happened in between. Other keys of the stripe then lose a
 * fill now and then, nothing more.
 */
final class Stripes {

    static final int COUNT = 1024;

    private Stripes() {
    }

    static int of(String id) {
        return Math.floorMod(id.hashCode(), COUNT);
    }
}
