package com.example.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.typewright.runtime.Pager;

/** Pages numbered from 1; the response says how many there are. */
public final class PageNumberPager implements Pager {
    @Override
    public JsonNode items(JsonNode page, Paging paging) {
        return page.path(paging.responseKey());
    }

    @Override
    public String nextCursor(JsonNode page, String cursor, Paging paging) {
        int current = cursor == null ? 1 : Integer.parseInt(cursor);
        return current < page.path("total_pages").asInt() ? Integer.toString(current + 1) : null;
    }
}
