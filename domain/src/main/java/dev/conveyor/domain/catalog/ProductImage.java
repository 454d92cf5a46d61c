package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Check;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An uploaded picture of a product. Its files are addressed by the SHA-256 of the uploaded bytes
 * ({@code digest}), so a file's content never changes under its name and browsers may keep it for good:
 * the original ({@code <digest>.<ext>}) and one variant per size in {@link #SIZES}, each fitted within a
 * square of that many pixels ({@code <digest>-<size>.<ext>}, JPEG, or PNG where the original may be
 * transparent).
 *
 * @param position the place among the product's images, from 0; the first is the product's picture
 */
public record ProductImage(UUID id, ProductId productId, int position, String digest, ImageFormat format,
                           ImageFormat variantFormat, int width, int height, Instant createdAt) {

    /** Thumbnails for lists, and the picture of a product page. */
    public static final List<Integer> SIZES = List.of(200, 800);
    public static final int MAX_PER_PRODUCT = 12;
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    public ProductImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Check.range("position", position, 0, MAX_PER_PRODUCT - 1);
        Check.matches("digest", Objects.requireNonNull(digest, "digest"), DIGEST, "a SHA-256 in hex");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(variantFormat, "variantFormat");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String originalName() {
        return digest + "." + format.extension();
    }

    public String variantName(int size) {
        return digest + "-" + size + "." + variantFormat.extension();
    }

    /** Every file of this image: the original and its variants. */
    public List<String> fileNames() {
        return Stream.concat(Stream.of(originalName()),
                SIZES.stream().map(this::variantName)).toList();
    }

    public ProductImage at(int newPosition) {
        return new ProductImage(id, productId, newPosition, digest, format, variantFormat, width, height, createdAt);
    }
}
