package io.custodian.domain.custody;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list: its items, the request that produced it, and how many items the whole list holds. A page
 * beyond the end of the list is empty.
 */
public record Page<T>(List<T> items, PageRequest request, long total) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (items.size() > request.size()) {
            throw new IllegalArgumentException("a page holds at most " + request.size() + " items, not " + items.size());
        }
        if (total < 0 || !items.isEmpty() && total < request.offset() + items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the items up to this page");
        }
    }

    /** The page {@code request} of {@code all} (already in the list's order). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        long from = Math.min(request.offset(), all.size());
        long to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList((int) from, (int) to), request, all.size());
    }

    /** Are there items after this page? */
    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), request, total);
    }
}
