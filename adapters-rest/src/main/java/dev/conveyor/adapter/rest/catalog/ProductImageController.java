package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.error.Problem;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.in.ChangeProductImagesUseCase;
import dev.conveyor.application.catalog.port.in.RemoveProductImageUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

@Controller("/api/products/{id}/images")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.NotFound
@Answers.Unavailable
final class ProductImageController {

    private static final String PROBLEM = "application/problem+json";

    private final AddProductImageUseCase add;
    private final ChangeProductImagesUseCase change;
    private final RemoveProductImageUseCase remove;

    ProductImageController(AddProductImageUseCase add, ChangeProductImagesUseCase change,
                           RemoveProductImageUseCase remove) {
        this.add = add;
        this.change = change;
        this.remove = remove;
    }

    @RateLimited(RequestKind.WRITES)
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({"SELLER", "ADMIN"})
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a picture to a product (multipart, part \"file\")",
            description = "The product's seller or an administrator. The part must hold a JPEG, PNG or WebP image, "
                    + "told by its bytes whatever its name or declared type says, within conveyor.media.max-image-size "
                    + "(413 on file) and 10,000 pixels a side; a product has at most 12. The picture is kept as "
                    + "uploaded and fitted to 200 and 800 pixels; it goes last in the product's order.")
    @ApiResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: the file exceeds the configured size, or the "
            + "request the server's limit", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "UNSUPPORTED_MEDIA_TYPE: the body is not multipart/form-data",
            content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    HttpResponse<ImageResponse> upload(@CurrentActor Actor actor, UUID id,
                                       @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null) {
            throw new InvalidInputException("file", "file is required: a multipart part named file");
        }
        ProductImage image = add.add(actor, new ProductId(id), bytesOf(file));
        return HttpResponse.created(ImageResponse.of(image),
                URI.create("/api/products/" + id + "/images/" + image.id()));
    }

    private static byte[] bytesOf(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RateLimited(RequestKind.WRITES)
    @Put("/order")
    @Secured({"SELLER", "ADMIN"})
    @Operation(summary = "Put a product's pictures in a new order; the first is the product's picture",
            description = "The product's seller or an administrator; imageIds names each picture once.")
    @Answers.JsonBody
    List<ImageResponse> reorder(@CurrentActor Actor actor, UUID id, @Body ImageOrderRequest request) {
        return change.reorder(actor, new ProductId(id), request.ids()).stream().map(ImageResponse::of).toList();
    }

    @RateLimited(RequestKind.WRITES)
    @Delete("/{imageId}")
    @Secured({"SELLER", "ADMIN"})
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a picture of a product",
            description = "The product's seller or an administrator; 404 IMAGE_NOT_FOUND for a picture the product "
                    + "does not have.")
    void remove(@CurrentActor Actor actor, UUID id, UUID imageId) {
        remove.remove(actor, new ProductId(id), imageId);
    }

    /** The product's pictures in their new order, by id. */
    @Serdeable
    record ImageOrderRequest(@Nullable @Schema(example = "[\"0b9c…\"]") List<String> imageIds)
            implements JsonRequest {

        List<UUID> ids() {
            if (imageIds == null) {
                throw new InvalidInputException("imageIds", "imageIds is required");
            }
            return IntStream.range(0, imageIds.size())
                    .mapToObj(i -> Inputs.uuid("imageIds[" + i + "]", imageIds.get(i))).toList();
        }
    }
}
