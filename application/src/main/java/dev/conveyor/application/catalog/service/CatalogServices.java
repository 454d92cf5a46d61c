package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.catalog.port.out.StockAdjustmentLogPort;
import dev.conveyor.application.shared.service.SharedServices;

/** Products and their stock, assembled in plain Java like every feature. */
public final class CatalogServices {

    private final CreateProductUseCase createProduct;
    private final UpdateProductUseCase updateProduct;
    private final AdjustStockUseCase adjustStock;
    private final ListStockAdjustmentsQuery listStockAdjustments;
    private final ListProductsQuery listProducts;
    private final GetProductQuery getProduct;

    public CatalogServices(SharedServices shared, StockAdjustmentLogPort stockAdjustments) {
        var ports = shared.ports();
        var tx = ports.transactions();
        var clock = shared.clock();
        var access = shared.productAccess();
        var events = shared.events();

        createProduct = new CreateProductService(ports.products(), ports.users(), events, tx, clock);
        updateProduct = new UpdateProductService(ports.products(), access, events, tx, clock);
        adjustStock = new AdjustStockService(ports.stock(), stockAdjustments, access, events, tx, clock);
        listStockAdjustments = new ListStockAdjustmentsService(stockAdjustments, access);
        listProducts = new ListProductsService(ports.products(), shared.reads());
        getProduct = new GetProductService(access);
    }

    public CreateProductUseCase createProduct() {
        return createProduct;
    }

    public UpdateProductUseCase updateProduct() {
        return updateProduct;
    }

    public AdjustStockUseCase adjustStock() {
        return adjustStock;
    }

    public ListStockAdjustmentsQuery listStockAdjustments() {
        return listStockAdjustments;
    }

    public ListProductsQuery listProducts() {
        return listProducts;
    }

    public GetProductQuery getProduct() {
        return getProduct;
    }
}
