package dev.conveyor.adapter.media;

import dev.conveyor.application.catalog.port.out.ImageProcessingPort;
import dev.conveyor.domain.catalog.ImageFormat;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Images through javax.imageio (JPEG and PNG from the JDK, WebP from TwelveMonkeys' plug-in, found on the
 * class path) and Thumbnailator for scaling, which also turns a photo the way its EXIF orientation says.
 */
@Singleton
final class ImageIoProcessingAdapter implements ImageProcessingPort {

    /** Thumbnails and product pictures, where 85 % looks the same as the original at a third of its size. */
    private static final double JPEG_QUALITY = 0.85;

    static {
        // plug-ins added to the class path after ImageIO first looked (a test's class loader) are found too
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    @Override
    public Optional<ImageInfo> inspect(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (input == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                Optional<ImageFormat> format = formatOf(reader.getFormatName());
                if (format.isEmpty()) {
                    return Optional.empty();
                }
                reader.setInput(input, true, true);
                return Optional.of(new ImageInfo(format.get(), reader.getWidth(0), reader.getHeight(0),
                        mayBeTransparent(format.get(), reader)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<ImageFormat> formatOf(String formatName) {
        return switch (formatName.toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> Optional.of(ImageFormat.JPEG);
            case "png" -> Optional.of(ImageFormat.PNG);
            case "webp" -> Optional.of(ImageFormat.WEBP);
            default -> Optional.empty();
        };
    }

    private static boolean mayBeTransparent(ImageFormat format, ImageReader reader) throws IOException {
        if (format == ImageFormat.JPEG) {
            return false;
        }
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        // when the reader cannot say, keeping an alpha channel loses nothing
        return type == null || type.getColorModel().hasAlpha();
    }

    @Override
    public byte[] fit(byte[] content, int size, ImageFormat format) {
        ImageInfo info = inspect(content).orElseThrow(() -> new IllegalArgumentException("no image"));
        double scale = Math.min(1.0, (double) size / Math.max(info.width(), info.height()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.Builder<?> builder = Thumbnails.of(new ByteArrayInputStream(content))
                    .scale(scale)
                    .imageType(format == ImageFormat.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .outputFormat(format.extension());
            if (format == ImageFormat.JPEG) {
                builder.outputQuality(JPEG_QUALITY);
            }
            builder.toOutputStream(out);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    e);
        }
        return out.toByteArray();
    }
}
