package dev.conveyor.adapter.media;

/** The switch that picks where media files live: {@code filesystem} (the default) or {@code s3}. */
final class MediaStores {

    static final String SETTING = "conveyor.media.store";
    static final String FILESYSTEM = "filesystem";
    static final String S3 = "s3";

    private MediaStores() {
    }
}
