package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.ReadMediaQuery;
import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import dev.conveyor.domain.catalog.ImageFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class ReadMediaService implements ReadMediaQuery {

    /** The names ProductImage gives, and nothing else: no path reaches the store from outside. */
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}(?:-[0-9]{1,4})?\\.(jpg|png|webp)");

    private final MediaStoragePort storage;

    ReadMediaService(MediaStoragePort storage) {
        this.storage = storage;
    }

    @Override
    public Optional<Media> read(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String contentType = ImageFormat.ofExtension(matcher.group(1)).contentType();
        return storage.read(name).map(content -> new Media(content, contentType));
    }
}
