package dev.typewright.generator.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A documented call: the request and the whole response body it gets.
 *
 * @param request the JSON request body (or the parameters, for calls without one)
 * @param response the response body, response key included; null when the spec shows none, or
 *     when the example is made up and the loader was asked for requests only
 * @param synthesized whether the values were made up from the schemas, the spec showing none
 */
public record Example(String name, String summary, JsonNode request, JsonNode response, boolean synthesized) {}
