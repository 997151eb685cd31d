package org.openipt.shared;

/** One page of a list: which page (from 0) and how many rows. Sizes are clamped so a URL cannot ask for all rows. */
public record PageRequestParams(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequestParams {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequestParams of(int page) {
        return new PageRequestParams(page, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
