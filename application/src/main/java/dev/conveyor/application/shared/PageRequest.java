package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.Check;

/** A zero-based page; sizes above {@link #MAX_SIZE} are capped, not refused. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        Check.range("page", page, 0, MAX_PAGE);
        Check.range("size", size, 1, Integer.MAX_VALUE);
        size = Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
