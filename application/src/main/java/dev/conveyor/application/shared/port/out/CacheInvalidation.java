package dev.conveyor.application.shared.port.out;

import java.util.Map;
import java.util.Set;

/**
 * Entries to drop after a commit: single entries by space and id, and spaces
 * that are {@linkplain CacheSpace#invalidatedAsAWhole() invalidated as a whole}.
 */
public record CacheInvalidation(Map<CacheSpace<?>, Set<String>> entries, Set<CacheSpace<?>> wholeSpaces) {

    public CacheInvalidation {
        entries = Map.copyOf(entries);
        wholeSpaces = Set.copyOf(wholeSpaces);
        for (CacheSpace<?> space : entries.keySet()) {
            if (space.invalidatedAsAWhole()) {
                throw new IllegalArgumentException("entries of " + space + " are invalidated only all at once");
            }
        }
        for (CacheSpace<?> space : wholeSpaces) {
            if (!space.invalidatedAsAWhole()) {
                throw new IllegalArgumentException(space + " is invalidated entry by entry");
            }
        }
    }

    public boolean isEmpty() {
        return entries.values().stream().allMatch(Set::isEmpty) && wholeSpaces.isEmpty();
    }
}
