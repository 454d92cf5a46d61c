package dev.conveyor.adapter.cache.archfixture;

/** Shaped like a generated subclass whose annotation was not kept in the class file. */
public class $CachingArchiveAdapter$Unmarked extends CachingArchiveAdapter {
}
