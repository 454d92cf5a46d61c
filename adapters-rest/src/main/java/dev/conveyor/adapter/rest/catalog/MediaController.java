package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery;
import dev.conveyor.application.catalog.port.in.ReadMediaQuery.Media;
import dev.conveyor.domain.shared.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/media")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Products")
@Answers.Unavailable
final class MediaController {

    /** A name is the digest of its content: what is cached under it is right for good. */
    private static final String FOREVER = "public, max-age=31536000, immutable";

    private final ReadMediaQuery media;

    MediaController(ReadMediaQuery media) {
        this.media = media;
    }

    @Get(value = "/{name}", produces = {"image/jpeg", "image/png", "image/webp"})
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A product picture's file, for anyone",
            description = "The addresses in a product's images. Content-addressed: cached for a year as immutable, "
                    + "with the name as its ETag (If-None-Match answers 304).")
    @ApiResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "304", description = "Not modified: the client's copy is this file")
    @Answers.Invalid
    @Answers.NotFound
    HttpResponse<byte[]> file(String name, @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String etag = "\"" + name + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            read(name); // a 304 only for a file that exists: a removed picture is 404 to its old cachers too
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, FOREVER);
        }
        Media file = read(name);
        return HttpResponse.ok(file.content()).contentType(MediaType.of(file.contentType()))
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, FOREVER);
    }

    private Media read(String name) {
        return media.read(name).orElseThrow(() -> new NotFoundException("MEDIA_NOT_FOUND", "there is no file " + name));
    }
}
