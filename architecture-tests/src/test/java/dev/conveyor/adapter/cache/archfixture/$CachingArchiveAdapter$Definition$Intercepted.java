package dev.conveyor.adapter.cache.archfixture;

import io.micronaut.core.annotation.Generated;

/** Shaped like the subclass Micronaut generates for an adapter with intercepted methods. */
@Generated
public class $CachingArchiveAdapter$Definition$Intercepted extends CachingArchiveAdapter {
}
