package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Managed categories, product images and deleting products, as clients see them, on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.postgres();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply createCategory(String name, UUID parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return api.post("/api/categories").as(shop.admin()).json(body).send();
    }

    @Test
    void anAdministratorManagesCategoriesAndProductsPickThemById() {
        String kitchenName = unique("Kitchen");
        Reply kitchen = createCategory(kitchenName, null).expect(201);
        UUID kitchenId = kitchen.id();
        assertEquals(kitchenName.toLowerCase().replace(' ', '-'), kitchen.text("slug"));
        assertNull(kitchen.at("parentId"));
        UUID knives = createCategory(unique("Knives"), kitchenId).expect(201).id();
        List<?> all = api.get("/api/categories").send().expect(200).array();
        assertTrue(all.stream().anyMatch(c -> ((Map<?, ?>) c).get("id").equals(knives.toString())
                && ((Map<?, ?>) c).get("parentId").equals(kitchenId.toString())));

        Session seller = shop.user("SELLER");
        Map<String, Object> body = new HashMap<>(HttpShop.productBody("Chef's knife", 4500, 3));
        body.remove("category");
        body.put("categoryId", knives.toString());
        Reply product = api.post("/api/products").as(seller).json(body).send().expect(201);
        String knivesName = product.text("category");
        assertTrue(knivesName.startsWith("Knives "), knivesName);

        // the category of a product can be neither deleted nor lost; renamed, the product follows
        api.delete("/api/categories/" + knives).as(shop.admin()).send().expectProblem(409, "CATEGORY_IN_USE");
        api.delete("/api/categories/" + kitchenId).as(shop.admin()).send().expectProblem(409, "CATEGORY_IN_USE");
        String renamed = unique("Blades");
        api.put("/api/categories/" + knives).as(shop.admin())
                .json(Map.of("name", renamed, "parentId", kitchenId.toString())).send().expect(200);
        assertEquals(renamed, api.get("/api/products/" + product.id()).send().expect(200).text("category"));
        Reply filtered = api.get("/api/products?category=" + renamed.replace(" ", "%20")).send().expect(200);
        assertEquals(List.of(product.id().toString()), filtered.itemsText("id"));

        // moved to the parent, the sub-category empties and can go
        api.patch("/api/products/" + product.id()).as(seller).json(Map.of("categoryId", kitchenId.toString()))
                .send().expect(200);
        api.delete("/api/categories/" + knives).as(shop.admin()).send().expect(204);
        api.delete("/api/categories/" + knives).as(shop.admin()).send().expectProblem(404, "CATEGORY_NOT_FOUND");
    }

    @Test
    void badCategoriesAreRefusedNamingTheField() {
        String name = unique("Garden");
        UUID garden = createCategory(name, null).expect(201).id();
        UUID tools = createCategory(unique("Tools"), garden).expect(201).id();

        createCategory(name, null).expectProblem(409, "CATEGORY_TAKEN");
        createCategory(" ", null).expectInvalid("name");
        createCategory(unique("Deep"), tools).expectInvalid("parentId");
        createCategory(unique("Orphan"), UUID.randomUUID()).expectInvalid("parentId");
        api.post("/api/categories").as(shop.admin()).json(Map.of("name", unique("Slug"), "slug", "Not A Slug"))
                .send().expectInvalid("slug");
        api.put("/api/categories/" + garden).as(shop.admin()).json(Map.of("name", name, "parentId", tools.toString()))
                .send().expectInvalid("parentId");
        api.put("/api/categories/" + UUID.randomUUID()).as(shop.admin()).json(Map.of("name", unique("None")))
                .send().expectProblem(404, "CATEGORY_NOT_FOUND");

        Map<String, Object> body = new HashMap<>(HttpShop.productBody("Rake", 900, 1));
        body.put("categoryId", UUID.randomUUID().toString());
        api.post("/api/products").as(shop.user("SELLER")).json(body).send().expectInvalid("categoryId");
    }

    @Test
    void aFreeTextCategoryBecomesAManagedOne() {
        String name = unique("Legacy");
        Map<String, Object> body = new HashMap<>(HttpShop.productBody("Old client's product", 900, 1));
        body.put("category", name);
        api.post("/api/products").as(shop.user("SELLER")).json(body).send().expect(201);

        List<?> all = api.get("/api/categories").send().expect(200).array();
        assertTrue(all.stream().anyMatch(c -> ((Map<?, ?>) c).get("name").equals(name)), "categories: " + all);
    }
}
