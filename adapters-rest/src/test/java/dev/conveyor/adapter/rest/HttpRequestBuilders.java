package dev.conveyor.adapter.rest;

import java.net.http.HttpRequest;

final class HttpRequestBuilders {

    private HttpRequestBuilders() {
    }

    static HttpRequest.Builder post(ApiClient api, String path, String contentType, String body) {
        return api.request("POST", path, null).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
