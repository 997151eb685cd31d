package org.openipt.shared;

import java.util.List;
import java.util.function.Function;

/** A page of results with what a pager needs. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
