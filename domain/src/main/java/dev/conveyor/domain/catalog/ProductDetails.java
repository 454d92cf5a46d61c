package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;

/** The descriptive part of a product. */
public record ProductDetails(String name, String description, String category, String imageUrl) {

    public ProductDetails {
        name = Check.text("name", name, 200);
        description = Check.optionalText("description", description, 5000);
        category = Check.text("category", category, 100);
        imageUrl = Check.optionalText("imageUrl", imageUrl, 2000);
        if (imageUrl != null) {
            requireHttpUrl(imageUrl);
        }
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
                throw new InvalidInputException("imageUrl", "imageUrl must be an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("imageUrl", "imageUrl must be an absolute http(s) URL");
        }
    }
}
