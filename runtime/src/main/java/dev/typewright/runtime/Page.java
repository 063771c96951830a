package dev.typewright.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list the server hands out a page at a time, as the generated {@code ...Page}
 * methods return it. Save {@link #nextCursor()} to come back later: the same request with its
 * cursor input set to it fetches the next page, in this process or another.
 */
public final class Page<T> {
    private final List<T> items;
    private final String nextCursor;
    private final Supplier<Page<T>> next;
    private final Supplier<CompletableFuture<Page<T>>> nextAsync;

    Page(List<T> items, String nextCursor, Supplier<Page<T>> next, Supplier<CompletableFuture<Page<T>>> nextAsync) {
        // A JSON array may hold nulls, which List.copyOf rejects.
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
        this.nextCursor = nextCursor;
        this.next = next;
        this.nextAsync = nextAsync;
    }

    /** This page's items, in the server's order. */
    public List<T> items() {
        return items;
    }

    /** The cursor of the next page; empty on the last page. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    public boolean hasNextPage() {
        return nextCursor != null;
    }

    /**
     * Fetches the next page.
     *
     * @throws NoSuchElementException on the last page
     */
    public Page<T> nextPage() {
        if (!hasNextPage()) {
            throw new NoSuchElementException("this is the last page");
        }
        return next.get();
    }

    /** Fetches the next page without blocking; fails with {@link NoSuchElementException} on the last page. */
    public CompletableFuture<Page<T>> nextPageAsync() {
        return hasNextPage()
                ? nextAsync.get()
                : CompletableFuture.failedFuture(new NoSuchElementException("this is the last page"));
    }

    /** The items of this page and of every page after it, each page fetched when the stream reaches it. */
    public Stream<T> stream() {
        Iterator<T> all = new Iterator<>() {
            private Page<T> page = Page.this;
            private Iterator<T> at = items.iterator();

            @Override
            public boolean hasNext() {
                while (!at.hasNext() && page.hasNextPage()) {
                    page = page.nextPage();
                    at = page.items().iterator();
                }
                return at.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return at.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED), false);
    }

    /**
     * Hands every item of this page and of the pages after it to {@code action}, fetching each
     * page without blocking; the future completes after the last item, or fails with the first
     * error.
     */
    public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
        items.forEach(action);
        return hasNextPage()
                ? nextAsync.get().thenCompose(p -> p.forEachAsync(action))
                : CompletableFuture.completedFuture(null);
    }
}
