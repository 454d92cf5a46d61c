package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.domain.catalog.ImageFormat;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcProductImageAdapter implements ProductImagePort {

    private static final String COLUMNS = """
            SELECT id, product_id, position, digest, format, variant_format, width, height, created_at
              FROM product_images\s""";

    private final Jdbc jdbc;

    JdbcProductImageAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProductImage> list(ProductId productId) {
        return jdbc.list(COLUMNS + "WHERE product_id = ? ORDER BY position, id",
                statement -> statement.setObject(1, productId.value()), JdbcProductImageAdapter::image);
    }

    @Override
    public Map<ProductId, List<ProductImage>> list(Collection<ProductId> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = productIds.stream().map(ProductId::value).distinct().toArray(UUID[]::new);
        return jdbc.list(COLUMNS + "WHERE product_id = ANY(?) ORDER BY product_id, position, id",
                        statement -> Columns.setUuids(statement, 1, ids), JdbcProductImageAdapter::image)
                .stream().collect(Collectors.groupingBy(ProductImage::productId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    @Override
    public void insert(ProductImage image) {
        jdbc.update("""
                INSERT INTO product_images (id, product_id, position, digest, format, variant_format, width, height,
                                            created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, image.id());
            statement.setObject(2, image.productId().value());
            statement.setInt(3, image.position());
            statement.setString(4, image.digest());
            statement.setString(5, image.format().name());
            statement.setString(6, image.variantFormat().name());
            statement.setInt(7, image.width());
            statement.setInt(8, image.height());
            Columns.setInstant(statement, 9, image.createdAt());
        });
    }

    @Override
    public void reposition(List<ProductImage> images) {
        jdbc.batch("UPDATE product_images SET position = ? WHERE id = ?", images, (statement, image) -> {
            statement.setInt(1, image.position());
            statement.setObject(2, image.id());
        });
    }

    @Override
    public void delete(UUID imageId) {
        jdbc.update("DELETE FROM product_images WHERE id = ?", statement -> statement.setObject(1, imageId));
    }

    @Override
    public boolean digestInUse(String digest) {
        return !jdbc.list("SELECT id FROM product_images WHERE digest = ? LIMIT 1",
                statement -> statement.setString(1, digest), row -> row.getObject(1, UUID.class)).isEmpty();
    }

    private static ProductImage image(ResultSet row) throws SQLException {
        return new ProductImage(Columns.uuid(row, "id"), new ProductId(Columns.uuid(row, "product_id")),
                row.getInt("position"), row.getString("digest"), ImageFormat.valueOf(row.getString("format")),
                ImageFormat.valueOf(row.getString("variant_format")), row.getInt("width"), row.getInt("height"),
                Columns.instant(row, "created_at"));
    }
}
