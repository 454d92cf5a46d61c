package dev.conveyor.adapter.inmemory.catalog;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static dev.conveyor.adapter.inmemory.Fixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.Fixtures;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductSearch.Sort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryProductRepositoryAdapterTest {

    private final Fixtures.Adapters adapters = Fixtures.Adapters.create();
    private final InMemoryProductRepositoryAdapter products = adapters.products();

    @Test
    void insertRefusesATakenSkuWritingNothing() {
        Product first = product("SKU-1", 5);
        assertTrue(products.insert(first));

        Product duplicate = product("sku-1", 9);
        assertFalse(products.insert(duplicate));
        assertTrue(products.findById(duplicate.id()).isEmpty());
        assertEquals(5, products.findById(first.id()).orElseThrow().stock().onHand());
    }

    @Test
    void updateWritesCatalogueFieldsButKeepsTheStoredStock() {
        Product product = product("SKU-1", 5);
        products.insert(product);
        Product loaded = products.findById(product.id()).orElseThrow();
        adapters.stock().reserve(product.id(), 2);

        loaded.revise(new ProductDetails("Renamed", "now described", "tools", null), Money.of(1500, "EUR"), false, 1,
                T0.plusSeconds(1));
        assertEquals("Product SKU-1", products.findById(product.id()).orElseThrow().details().name());
        products.update(loaded);

        Product stored = products.findById(product.id()).orElseThrow();
        assertEquals("Renamed", stored.details().name());
        assertEquals(1500, stored.price().amountMinor());
        assertFalse(stored.isActive());
        assertEquals(1, stored.lowStockThreshold());
        assertEquals(new Stock(5, 2), stored.stock());
        assertEquals(1, stored.version());
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentModification() {
        Product product = product("SKU-1", 5);
        products.insert(product);
        Product first = products.findById(product.id()).orElseThrow();
        Product second = products.findById(product.id()).orElseThrow();
        first.revise(null, Money.of(1, "EUR"), null, null, T0);
        products.update(first);

        second.revise(null, Money.of(2, "EUR"), null, null, T0);
        assertThrows(ConcurrentModificationException.class, () -> products.update(second));
        assertThrows(ConcurrentModificationException.class, () -> products.update(product("SKU-2", 1)));
        assertEquals(1, products.findById(product.id()).orElseThrow().price().amountMinor());
    }

    @Test
    void searchMatchesNameAndSkuCaseInsensitivelyAndFiltersExactly() {
        UserId seller = UserId.newId();
        products.insert(product("LAMP-1", "Desk Lamp", "lighting", 3000, seller, 1, T0));
        products.insert(product("BULB-7", "LED bulb", "lighting", 500, UserId.newId(), 1, T0));
        products.insert(product("CHAIR-2", "Office chair", "furniture", 9000, seller, 1, T0));
        Product inactive = product("LAMPSHADE-3", "Shade", "Lighting", 800, seller, 1, T0);
        products.insert(inactive);
        Product loaded = products.findById(inactive.id()).orElseThrow();
        loaded.revise(null, null, false, null, T0);
        products.update(loaded);

        assertEquals(List.of("LAMP-1", "LAMPSHADE-3"), skus(search("lamp", null, null, false)));
        assertEquals(List.of("LAMP-1"), skus(search("LAMP", null, null, true)));
        assertEquals(List.of("BULB-7"), skus(search("led", null, null, true)));
        assertEquals(List.of("BULB-7", "LAMP-1"), skus(search(null, "lighting", null, false)));
        assertEquals(List.of("CHAIR-2", "LAMP-1", "LAMPSHADE-3"), skus(search(null, null, seller, false)));
    }

    @Test
    void searchSortsByEachKeyInBothDirectionsWithTheIdAsTieBreaker() {
        UserId seller = UserId.newId();
        Product a = product("B-1", "apple", "misc", 300, seller, 1, T0.plusSeconds(2));
        Product b = product("A-2", "Banana", "misc", 100, seller, 1, T0.plusSeconds(1));
        Product c = product("C-3", "cherry", "misc", 300, seller, 1, T0.plusSeconds(3));
        List.of(a, b, c).forEach(products::insert);
        boolean aFirst = a.id().compareTo(c.id()) < 0;
        List<String> samePriceByIdAsc = aFirst ? List.of("B-1", "C-3") : List.of("C-3", "B-1");
        List<String> samePriceByIdDesc = aFirst ? List.of("C-3", "B-1") : List.of("B-1", "C-3");

        assertEquals(List.of("B-1", "A-2", "C-3"), skus(sorted(Sort.NAME, SortDirection.ASC)));
        assertEquals(List.of("C-3", "A-2", "B-1"), skus(sorted(Sort.NAME, SortDirection.DESC)));
        assertEquals(List.of("A-2", "B-1", "C-3"), skus(sorted(Sort.SKU, SortDirection.ASC)));
        assertEquals(List.of("A-2", "B-1", "C-3"), skus(sorted(Sort.CREATED_AT, SortDirection.ASC)));
        assertEquals(List.of("C-3", "B-1", "A-2"), skus(sorted(Sort.CREATED_AT, SortDirection.DESC)));
        assertEquals("A-2", skus(sorted(Sort.PRICE, SortDirection.ASC)).get(0));
        assertEquals(samePriceByIdAsc, skus(sorted(Sort.PRICE, SortDirection.ASC)).subList(1, 3));
        assertEquals(samePriceByIdDesc, skus(sorted(Sort.PRICE, SortDirection.DESC)).subList(0, 2));
    }

    @Test
    void searchPagesByOffsetAndCountsEveryMatch() {
        for (int i = 1; i <= 5; i++) {
            products.insert(product("SKU-" + i, 1));
        }
        ProductSearch bySku = new ProductSearch(null, null, null, true, Sort.SKU, SortDirection.ASC);

        Page<Product> second = products.search(bySku, PageRequest.of(1, 2));
        assertEquals(List.of("SKU-3", "SKU-4"), skus(second));
        assertEquals(5, second.total());
        assertEquals(List.of("SKU-5"), skus(products.search(bySku, PageRequest.of(2, 2))));
        assertEquals(List.of(), skus(products.search(bySku, PageRequest.of(7, 2))));
        assertEquals(5, products.search(bySku, PageRequest.of(7, 2)).total());
    }

    private Page<Product> search(String text, String category, UserId seller, boolean activeOnly) {
        return products.search(new ProductSearch(text, category, seller, activeOnly, Sort.SKU, SortDirection.ASC),
                PageRequest.of(0, 100));
    }

    private Page<Product> sorted(Sort sort, SortDirection direction) {
        return products.search(new ProductSearch(null, null, null, false, sort, direction), PageRequest.of(0, 100));
    }

    private static List<String> skus(Page<Product> page) {
        return page.items().stream().map(p -> p.sku().value()).toList();
    }
}
