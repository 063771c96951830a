package dev.typewright.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.function.Function;

/**
 * How the generated code fetches and reads the pages of one list.
 *
 * @param call makes the call for a cursor; null asks for the request's own (the first page)
 * @param paging where the client's {@link Pager} finds the items and the next cursor
 * @param itemsType the Java type of a page's items
 */
public record PageRequest<T>(
        Function<String, ApiRequest> call, Pager.Paging paging, TypeReference<List<T>> itemsType) {}
