package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.application.shared.port.out.StockPort.Reason;
import dev.conveyor.application.shared.port.out.StockPort.Refused;
import dev.conveyor.application.shared.port.out.StockPort.Reserved;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.catalog.StockLevel;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

abstract class CatalogAdaptersContract {

    @Inject
    ProductRepositoryPort products;
    @Inject
    StockPort stock;
    @Inject
    StockAdjustmentLogPort adjustments;
    @Inject
    TransactionPort transactions;
    @Inject
    Jdbc jdbc;
    @Inject
    Fixtures fixtures;

    @Test
    void aProductRoundTrips() {
        User seller = fixtures.user(Role.SELLER);
        Product product = Product.create(new Sku(Fixtures.unique("rt-")),
                new ProductDetails("Lamp", null, "lighting", "https://img.example.com/lamp.png"),
                Money.of(4550, "USD"), seller.id(), 12, 3, NOW);

        fixtures.category("lighting");
        assertTrue(products.insert(product));

        Product found = products.findById(product.id()).orElseThrow();
        assertEquals(product.sku(), found.sku());
        assertEquals(product.details(), found.details());
        assertEquals(product.price(), found.price());
        assertTrue(found.isActive());
        assertEquals(seller.id(), found.sellerId());
        assertEquals(new Stock(12, 0), found.stock());
        assertEquals(3, found.lowStockThreshold());
        assertEquals(NOW, found.createdAt());
        assertEquals(NOW, found.updatedAt());
        assertEquals(0, found.version());
        assertTrue(products.findById(ProductId.newId()).isEmpty());
    }

    @Test
    void aTakenSkuIsRefusedWithoutWriting() {
        User seller = fixtures.user(Role.SELLER);
        Product first = fixtures.product(seller, 5);
        Product second = Product.create(first.sku(), new ProductDetails("Other", null, "misc", null),
                Money.of(1, "EUR"), seller.id(), 1, 0, NOW);
        fixtures.category("misc");

        assertFalse(products.insert(second));

        assertTrue(products.findById(second.id()).isEmpty());
    }

    @Test
    void anUpdateWritesCatalogueFieldsButNeverStock() {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 10);
        Product loaded = products.findById(product.id()).orElseThrow();
        assertInstanceOf(Reserved.class, stock.reserve(product.id(), 4));

        fixtures.category("garden");
        loaded.revise(new ProductDetails("Renamed", "New text", "garden", null), Money.of(2500, "EUR"), false, 7,
                NOW.plusSeconds(60));
        products.update(loaded);

        Product found = products.findById(product.id()).orElseThrow();
        assertEquals("Renamed", found.details().name());
        assertEquals("New text", found.details().description());
        assertEquals("garden", found.details().category());
        assertEquals(Money.of(2500, "EUR"), found.price());
        assertFalse(found.isActive());
        assertEquals(7, found.lowStockThreshold());
        assertEquals(NOW.plusSeconds(60), found.updatedAt());
        assertEquals(1, found.version());
        assertEquals(new Stock(10, 4), found.stock(), "the stale stock of the loaded product was not written");
    }

    @Test
    void anUpdateOfAStaleVersionIsRefused() {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 10);
        Product first = products.findById(product.id()).orElseThrow();
        Product second = products.findById(product.id()).orElseThrow();
        first.revise(null, Money.of(100, "EUR"), null, null, NOW.plusSeconds(1));
        products.update(first);

        second.revise(null, Money.of(200, "EUR"), null, null, NOW.plusSeconds(2));
        assertThrows(ConcurrentModificationException.class, () -> products.update(second));

        assertEquals(Money.of(100, "EUR"), products.findById(product.id()).orElseThrow().price());
    }

    @Test
    void searchMatchesTextInNameOrSkuIgnoringCase() {
        User seller = fixtures.user(Role.SELLER);
        String marker = Fixtures.unique("Zq");
        Product byName = fixtures.product(seller, Fixtures.unique("N-"), "Blue " + marker + " Mug", "kitchen", 900, 1);
        Product bySku = fixtures.product(seller, marker.toUpperCase() + "-SKU", "Plate", "kitchen", 800, 1);
        fixtures.product(seller, Fixtures.unique("X-"), "Unrelated", "kitchen", 700, 1);

        Page<Product> found = products.search(search(marker.toLowerCase(), null, null, false, ProductSearch.Sort.SKU,
                SortDirection.ASC), new PageRequest(0, 10));

        assertEquals(Stream.of(byName, bySku).map(Product::id).sorted(bySkuOf(byName, bySku)).toList(), ids(found));
        assertEquals(2, found.total());
    }

    @Test
    void searchFiltersByCategorySellerAndActivity() {
        User seller = fixtures.user(Role.SELLER);
        User otherSeller = fixtures.user(Role.SELLER);
        String category = Fixtures.unique("cat-");
        Product active = fixtures.product(seller, Fixtures.unique("A-"), "Active", category, 100, 1);
        Product inactive = fixtures.product(seller, Fixtures.unique("I-"), "Inactive", category, 100, 1);
        Product others = fixtures.product(otherSeller, Fixtures.unique("O-"), "Other", category, 100, 1);
        fixtures.product(seller, Fixtures.unique("E-"), "Elsewhere", category + "-x", 100, 1);
        Product deactivated = products.findById(inactive.id()).orElseThrow();
        deactivated.revise(null, null, false, null, NOW);
        products.update(deactivated);

        assertEquals(List.of(active.id(), inactive.id(), others.id()),
                ids(products.search(search(null, category, null, false), new PageRequest(0, 10))));
        assertEquals(List.of(active.id(), others.id()),
                ids(products.search(search(null, category, null, true), new PageRequest(0, 10))));
        assertEquals(List.of(active.id(), inactive.id()),
                ids(products.search(search(null, category, seller, false), new PageRequest(0, 10))));
        assertEquals(List.of(active.id()),
                ids(products.search(search(null, category, seller, true), new PageRequest(0, 10))));
    }

    @Test
    void searchWithoutAnyConditionListsEveryProduct() {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 1);
        Page<Product> all = products.search(search(null, null, null, false), new PageRequest(0, 100));
        long total = products.search(search(null, null, null, false), new PageRequest(0, 1)).total();
        assertEquals(all.total(), total);
        long pages = (total + 99) / 100;
        boolean found = false;
        for (int p = 0; p < pages && !found; p++) {
            found = ids(products.search(search(null, null, null, false), new PageRequest(p, 100)))
                    .contains(product.id());
        }
        assertTrue(found, "the product is listed when nothing filters");
    }

    @Test
    void searchSortsByEveryKeyBothWaysWithTheIdBreakingTies() {
        User seller = fixtures.user(Role.SELLER);
        Product cherry = fixtures.product(seller, Fixtures.unique("C-"), "cherry", "fruit", 300, 1,
                NOW.minusSeconds(10));
        Product apple = fixtures.product(seller, Fixtures.unique("A-"), "Apple", "fruit", 100, 1,
                NOW.minusSeconds(30));
        Product banana = fixtures.product(seller, Fixtures.unique("B-"), "banana", "fruit", 300, 1,
                NOW.minusSeconds(20));
        List<Product> all = List.of(cherry, apple, banana);
        Comparator<Product> byId = Comparator.comparing(Product::id);

        assertSorted(seller, ProductSearch.Sort.NAME, List.of(apple, banana, cherry));
        assertSorted(seller, ProductSearch.Sort.CREATED_AT, List.of(apple, banana, cherry));
        assertSorted(seller, ProductSearch.Sort.SKU,
                all.stream().sorted(Comparator.comparing(p -> p.sku().value())).toList());
        assertSorted(seller, ProductSearch.Sort.PRICE,
                all.stream().sorted(Comparator.comparing((Product p) -> p.price().amountMinor()).thenComparing(byId))
                        .toList());
    }

    @Test
    void searchPagesWithTheTotal() {
        User seller = fixtures.user(Role.SELLER);
        List<Product> created = Stream.of("a", "b", "c", "d", "e")
                .map(name -> fixtures.product(seller, Fixtures.unique("P-"), name, "paged", 100, 1))
                .toList();

        List<ProductId> inIdOrder = created.stream().map(Product::id).sorted().toList();

        Page<Product> second = products.search(search(null, null, seller, false), new PageRequest(1, 2));

        assertEquals(inIdOrder.subList(2, 4), ids(second), "equal creation times are ordered by id");
        assertEquals(5, second.total());
        assertEquals(1, second.page());
        assertEquals(2, second.size());
        Page<Product> beyond = products.search(search(null, null, seller, false), new PageRequest(9, 2));
        assertTrue(beyond.items().isEmpty());
        assertEquals(5, beyond.total());
    }

    @Test
    void aReservationCopiesTheProductAndReportsTheStockAfterIt() {
        User seller = fixtures.user(Role.SELLER);
        Product product = fixtures.product(seller, Fixtures.unique("R-"), "Kettle", "kitchen", 3999, 10);

        Reserved reserved = (Reserved) stock.reserve(product.id(), 3);

        assertEquals(product.id(), reserved.productId());
        assertEquals(product.sku(), reserved.sku());
        assertEquals("Kettle", reserved.name());
        assertEquals(Money.of(3999, "EUR"), reserved.price());
        assertEquals(seller.id(), reserved.sellerId());
        assertEquals(new StockLevel(product.id(), product.sku(), seller.id(), new Stock(10, 3), 5), reserved.after());
        assertEquals(new Stock(10, 3), products.findById(product.id()).orElseThrow().stock());
        assertEquals(0, products.findById(product.id()).orElseThrow().version(), "stock does not move the version");
    }

    @Test
    void aReservationIsRefusedWithItsReason() {
        User seller = fixtures.user(Role.SELLER);
        Product scarce = fixtures.product(seller, 2);
        Product retired = products.findById(fixtures.product(seller, 50).id()).orElseThrow();
        retired.revise(null, null, false, null, NOW);
        products.update(retired);
        ProductId unknown = ProductId.newId();

        assertEquals(new Refused(scarce.id(), Reason.INSUFFICIENT_STOCK, 2), stock.reserve(scarce.id(), 3));
        assertEquals(new Refused(retired.id(), Reason.INACTIVE, 50), stock.reserve(retired.id(), 1));
        assertEquals(new Refused(unknown, Reason.NOT_FOUND, 0), stock.reserve(unknown, 1));
        assertEquals(new Stock(2, 0), products.findById(scarce.id()).orElseThrow().stock());
    }

    @Test
    void releasingGivesUnitsBack() {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 10);
        stock.reserve(product.id(), 6);

        StockLevel after = stock.release(product.id(), 4);

        assertEquals(new Stock(10, 2), after.stock());
        assertEquals(new Stock(10, 2), products.findById(product.id()).orElseThrow().stock());
    }

    @Test
    void anAdjustmentLocksThenSetsUnitsOnHand() {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 10);
        stock.reserve(product.id(), 4);

        StockLevel after = transactions.inTransaction(() -> {
            StockLevel before = stock.lockForAdjustment(product.id()).orElseThrow();
            assertEquals(new Stock(10, 4), before.stock());
            return stock.setOnHand(product.id(), 25);
        });

        assertEquals(new Stock(25, 4), after.stock());
        assertTrue(transactions.inTransaction(() -> stock.lockForAdjustment(ProductId.newId())).isEmpty());
    }

    @Test
    void theCheckConstraintRefusesMoreReservedThanOnHandEvenInPlainSql() {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 3);
        stock.reserve(product.id(), 2);

        assertThrows(DataAccessException.class, () -> jdbc.update(
                "UPDATE products SET reserved = on_hand + 1 WHERE id = ?",
                statement -> statement.setObject(1, product.id().value())));
        assertThrows(DataAccessException.class, () -> jdbc.update(
                "UPDATE products SET on_hand = -1, reserved = 0 WHERE id = ?",
                statement -> statement.setObject(1, product.id().value())));
        assertThrows(DataAccessException.class, () -> stock.setOnHand(product.id(), 1));

        assertEquals(new Stock(3, 2), products.findById(product.id()).orElseThrow().stock());
    }

    @Test
    void stockAdjustmentsAreListedNewestFirst() {
        User seller = fixtures.user(Role.SELLER);
        Product product = fixtures.product(seller, 10);
        StockAdjustment restock = new StockAdjustment.Request(StockAdjustment.Kind.RESTOCK, 5, "delivery")
                .recorded(product.id(), 10, 15, seller.id(), NOW.plusSeconds(1));
        StockAdjustment correction = new StockAdjustment.Request(StockAdjustment.Kind.CORRECTION, 12, "counted")
                .recorded(product.id(), 15, 12, seller.id(), NOW.plusSeconds(2));
        StockAdjustment bySystem = new StockAdjustment.Request(StockAdjustment.Kind.CORRECTION, 11, "audit")
                .recorded(product.id(), 12, 11, null, NOW.plusSeconds(3));
        adjustments.record(restock);
        adjustments.record(correction);
        adjustments.record(bySystem);
        adjustments.record(new StockAdjustment.Request(StockAdjustment.Kind.RESTOCK, 1, "other product")
                .recorded(fixtures.product(seller, 1).id(), 1, 2, seller.id(), NOW));

        Page<StockAdjustment> first = adjustments.list(product.id(), new PageRequest(0, 2));

        assertEquals(List.of(bySystem, correction), first.items());
        assertEquals(3, first.total());
        assertEquals(List.of(restock), adjustments.list(product.id(), new PageRequest(1, 2)).items());
    }

    private void assertSorted(User seller, ProductSearch.Sort sort, List<Product> ascending) {
        List<ProductId> expected = ascending.stream().map(Product::id).toList();
        assertEquals(expected, ids(products.search(search(null, null, seller, false, sort, SortDirection.ASC),
                new PageRequest(0, 10))), sort + " ascending");
        List<ProductId> descending = new java.util.ArrayList<>(expected);
        java.util.Collections.reverse(descending);
        assertEquals(descending, ids(products.search(search(null, null, seller, false, sort, SortDirection.DESC),
                new PageRequest(0, 10))), sort + " descending");
    }

    private static Comparator<ProductId> bySkuOf(Product first, Product second) {
        return Comparator.comparing(id -> (id.equals(first.id()) ? first : second).sku().value());
    }

    private static ProductSearch search(String text, String category, User seller, boolean activeOnly) {
        return search(text, category, seller, activeOnly, ProductSearch.Sort.CREATED_AT, SortDirection.ASC);
    }

    private static ProductSearch search(String text, String category, User seller, boolean activeOnly,
                                        ProductSearch.Sort sort, SortDirection direction) {
        return new ProductSearch(text, category, seller == null ? null : seller.id(), activeOnly, sort, direction);
    }

    private static List<ProductId> ids(Page<Product> page) {
        return page.items().stream().map(Product::id).toList();
    }
}
