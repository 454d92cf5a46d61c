package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.catalog.port.in.ChangeProductImagesUseCase;
import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery;
import dev.conveyor.application.catalog.port.in.RemoveProductImageUseCase;
import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.catalog.port.in.DeleteCategoryUseCase;
import dev.conveyor.application.catalog.port.in.DeleteProductUseCase;
import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.catalog.port.in.ListCategoriesQuery;
import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.catalog.port.in.ListStockAdjustmentsQuery;
import dev.conveyor.application.catalog.port.in.UpdateCategoryUseCase;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.application.catalog.port.out.ImageProcessingPort;
import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.application.catalog.port.out.ProductRemovalPort;
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

    private final ListCategoriesQuery listCategories;
    private final CreateCategoryUseCase createCategory;
    private final UpdateCategoryUseCase updateCategory;
    private final DeleteCategoryUseCase deleteCategory;

    private final AddProductImageUseCase addProductImage;
    private final ChangeProductImagesUseCase changeProductImages;
    private final RemoveProductImageUseCase removeProductImage;
    private final ListProductImagesQuery listProductImages;
    private final ReadMediaQuery readMedia;

    private final DeleteProductUseCase deleteProduct;

    public CatalogServices(SharedServices shared, StockAdjustmentLogPort stockAdjustments, CategoryPort categories,
                           MediaPorts media, ProductRemovalPort removal) {
        var ports = shared.ports();
        var tx = ports.transactions();
        var clock = shared.clock();
        var access = shared.productAccess();
        var events = shared.events();

        var categoryRules = new Categories(categories);

        createProduct = new CreateProductService(ports.products(), categoryRules, ports.users(), events, tx, clock);
        updateProduct = new UpdateProductService(ports.products(), categoryRules, access, events, tx, clock);
        adjustStock = new AdjustStockService(ports.stock(), stockAdjustments, access, events, tx, clock);
        listStockAdjustments = new ListStockAdjustmentsService(stockAdjustments, access);
        listProducts = new ListProductsService(ports.products(), shared.reads());
        getProduct = new GetProductService(access);
        listCategories = new ListCategoriesService(categories);
        createCategory = new CreateCategoryService(categories, categoryRules, tx);
        updateCategory = new UpdateCategoryService(categories, categoryRules, ports.products(), events, tx, clock);
        deleteCategory = new DeleteCategoryService(categories, categoryRules, ports.products(), tx);

        var imageChanges = new ImageChanges(media.images(), ports.products(), access, events, tx, clock);
        addProductImage = new AddProductImageService(media.images(), media.storage(), media.processing(),
                imageChanges, media.maxImageBytes(), clock);
        changeProductImages = new ChangeProductImagesService(media.images(), imageChanges);
        removeProductImage = new RemoveProductImageService(media.images(), media.storage(), imageChanges);
        listProductImages = new ListProductImagesService(media.images());
        readMedia = new ReadMediaService(media.storage());
        deleteProduct = new DeleteProductService(ports.products(), ports.stock(), removal, media.images(),
                media.storage(), events, tx, clock);
    }

    public DeleteProductUseCase deleteProduct() {
        return deleteProduct;
    }

    /** Product pictures: where their files live, how they are read and scaled, and the largest upload. */
    public record MediaPorts(ProductImagePort images, MediaStoragePort storage, ImageProcessingPort processing,
                             long maxImageBytes) {
    }

    public AddProductImageUseCase addProductImage() {
        return addProductImage;
    }

    public ChangeProductImagesUseCase changeProductImages() {
        return changeProductImages;
    }

    public RemoveProductImageUseCase removeProductImage() {
        return removeProductImage;
    }

    public ListProductImagesQuery listProductImages() {
        return listProductImages;
    }

    public ReadMediaQuery readMedia() {
        return readMedia;
    }

    public ListCategoriesQuery listCategories() {
        return listCategories;
    }

    public CreateCategoryUseCase createCategory() {
        return createCategory;
    }

    public UpdateCategoryUseCase updateCategory() {
        return updateCategory;
    }

    public DeleteCategoryUseCase deleteCategory() {
        return deleteCategory;
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
