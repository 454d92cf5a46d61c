package dev.conveyor.application.catalog.port.out;

import dev.conveyor.domain.catalog.ImageFormat;
import java.util.Optional;

/** Reads and scales images, by their content. */
public interface ImageProcessingPort {

    /**
     * What the bytes hold, from their header only (no full decode, so a huge picture costs nothing to refuse).
     *
     * @return empty when they are no image in a supported format
     */
    Optional<ImageInfo> inspect(byte[] content);

    /**
     * The image scaled down to fit within {@code size}×{@code size} pixels (never enlarged), encoded in
     * {@code format}.
     *
     * @throws IllegalArgumentException when the bytes cannot be decoded after all
     */
    byte[] fit(byte[] content, int size, ImageFormat format);

    /** @param mayBeTransparent the image has an alpha channel */
    record ImageInfo(ImageFormat format, int width, int height, boolean mayBeTransparent) {
    }
}
