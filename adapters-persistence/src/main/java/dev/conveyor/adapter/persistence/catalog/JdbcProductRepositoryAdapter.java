package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.Paging;
import dev.conveyor.adapter.persistence.support.ReadReplica;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcProductRepositoryAdapter implements ProductRepositoryPort {

    /**
     * A taken SKU must not abort the PostgreSQL transaction the way a failed insert would: the
     * conflict leaves the update count at 0. The category is linked by the id of the managed category of
     * that name, which the core made sure exists.
     */
    private static final String INSERT = """
            INSERT INTO products (id, sku, name, name_lower, description, category, image_url, price_minor, currency,
                                  active, seller_id, on_hand, reserved, low_stock_threshold, created_at, updated_at,
                                  version, category_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (SELECT c.id FROM categories c WHERE c.name = ?))
            ON CONFLICT DO NOTHING""";

    private final ProductJdbcRepository products;
    private final Jdbc jdbc;
    /** Both null without a read replica. */
    private final ProductReplicaRepository onReplica;
    private final ReadReplica replica;

    JdbcProductRepositoryAdapter(ProductJdbcRepository products, Jdbc jdbc,
                                 @Nullable ProductReplicaRepository onReplica, @Nullable ReadReplica replica) {
        this.products = products;
        this.jdbc = jdbc;
        this.onReplica = onReplica;
        this.replica = replica;
    }

    @Override
    public boolean insert(Product product) {
        ProductRow row = ProductRow.of(product);
        return jdbc.update(INSERT, statement -> {
            statement.setObject(1, row.id());
            statement.setString(2, row.sku());
            statement.setString(3, row.name());
            statement.setString(4, row.nameLower());
            statement.setString(5, row.description());
            statement.setString(6, row.category());
            statement.setString(7, row.imageUrl());
            statement.setLong(8, row.priceMinor());
            statement.setString(9, row.currency());
            statement.setBoolean(10, row.active());
            statement.setObject(11, row.sellerId());
            statement.setInt(12, row.onHand());
            statement.setInt(13, row.reserved());
            statement.setInt(14, row.lowStockThreshold());
            Columns.setInstant(statement, 15, row.createdAt());
            Columns.setInstant(statement, 16, row.updatedAt());
            statement.setLong(17, row.version());
            statement.setString(18, row.category());
        }) == 1;
    }

    @Override
    public void update(Product product) {
        ProductRow row = ProductRow.of(product);
        int updated = products.updateCatalogue(row.id(), row.version(), row.name(), row.nameLower(),
                row.description(), row.category(), row.imageUrl(), row.priceMinor(), row.currency(), row.active(),
                row.lowStockThreshold(), row.updatedAt());
        if (updated == 0) {
            throw new ConcurrentModificationException("product", product.id());
        }
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return products.findById(id.value()).map(ProductRow::toProduct);
    }

    @Override
    public List<Product> findAllById(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return products.findByIdIn(ids.stream().map(ProductId::value).toList()).stream()
                .map(ProductRow::toProduct).toList();
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest page) {
        PredicateSpecification<ProductRow> matching = (root, criteria) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (search.text() != null) {
                String pattern = Paging.containsPattern(search.text());
                conditions.add(criteria.or(
                        criteria.like(root.get("nameLower"), pattern),
                        criteria.like(criteria.lower(root.get("sku")), pattern)));
            }
            if (search.category() != null) {
                conditions.add(criteria.equal(root.get("category"), search.category()));
            }
            if (search.sellerId() != null) {
                conditions.add(criteria.equal(root.get("sellerId"), search.sellerId().value()));
            }
            if (search.activeOnly()) {
                conditions.add(criteria.isTrue(root.get("active")));
            }
            // no condition at all must mean no WHERE clause (an empty AND renders as "WHERE " and fails)
            return conditions.isEmpty() ? null : criteria.and(conditions.toArray(Predicate[]::new));
        };
        Pageable pageable = Paging.pageable(page, sortOf(search));
        // the catalogue tolerates a few seconds' staleness: from the replica when it may serve
        io.micronaut.data.model.Page<ProductRow> found = replica == null
                ? products.findAll(matching, pageable)
                : replica.call(() -> onReplica.findAll(matching, pageable), () -> products.findAll(matching, pageable));
        return Paging.page(found, page).map(ProductRow::toProduct);
    }

    /** Names sort case-insensitively; the id breaks ties so that pages never overlap. */
    private static Sort sortOf(ProductSearch search) {
        Sort.Order.Direction direction = search.direction() == SortDirection.DESC
                ? Sort.Order.Direction.DESC : Sort.Order.Direction.ASC;
        ProductSearch.Sort by = search.sort() == null ? ProductSearch.Sort.NAME : search.sort();
        String property = switch (by) {
            case NAME -> "nameLower";
            case PRICE -> "priceMinor";
            case CREATED_AT -> "createdAt";
            case SKU -> "sku";
        };
        return Sort.of(new Sort.Order(property, direction, false), new Sort.Order("id", direction, false));
    }
}
