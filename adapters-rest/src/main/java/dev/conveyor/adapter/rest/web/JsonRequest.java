package dev.conveyor.adapter.rest.web;

/**
 * Marks a request body DTO: it is read by {@link JsonRequestReader}, which names
 * the JSON path of a malformed or mistyped value instead of only its position.
 */
public interface JsonRequest {
}
