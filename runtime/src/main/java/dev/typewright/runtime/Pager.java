package dev.typewright.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one page of a list the server hands out a page at a time: its items, and what to ask for
 * next. The generated {@code ...All} methods stream every item through it. An API with its own
 * scheme (page numbers, links in headers) supplies its own.
 */
public interface Pager {
    /** The page's items: a JSON array. */
    JsonNode items(JsonNode page, Paging paging);

    /**
     * The cursor that fetches the next page, given the one that fetched this page (null for the
     * first); null when this page is the last.
     */
    String nextCursor(JsonNode page, String cursor, Paging paging);

    /**
     * Cursor pagination as the spec describes it: the items under the response key (or the
     * whole body), the next cursor at {@link Paging#nextCursorPointer()}; an empty or repeated
     * cursor, or an empty page, ends the list.
     */
    static Pager cursor() {
        return CursorPager.INSTANCE;
    }

    /**
     * What the generated code knows of a paginated operation.
     *
     * @param cursorParameter the request input that takes the cursor
     * @param nextCursorPointer the JSON pointer of the next cursor in a page, or null
     * @param responseKey the field of the page that holds the items, or null for the whole page
     */
    record Paging(String cursorParameter, String nextCursorPointer, String responseKey) {}

    /** The standard cursor pager. */
    enum CursorPager implements Pager {
        INSTANCE;

        @Override
        public JsonNode items(JsonNode page, Paging paging) {
            return paging.responseKey() == null ? page : page.path(paging.responseKey());
        }

        @Override
        public String nextCursor(JsonNode page, String cursor, Paging paging) {
            if (paging.nextCursorPointer() == null) {
                return null;
            }
            JsonNode next = page.at(paging.nextCursorPointer());
            String value = next.isTextual() || next.isNumber() ? next.asText() : null;
            JsonNode items = items(page, paging);
            // A server that hands back the same cursor would otherwise be asked forever.
            boolean ended =
                    value == null || value.isEmpty() || value.equals(cursor) || (items.isArray() && items.isEmpty());
            return ended ? null : value;
        }
    }
}
