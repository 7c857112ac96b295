package org.roadmap.platform.web;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;

/**
 * The {@code page} and {@code size} every paginated list takes, with the same limits everywhere, and the
 * page it answers ({@code content} and {@code page: {size, number, totalElements, totalPages}}).
 */
public final class PageParameters {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 200;

    private PageParameters() {
    }

    /** Adds an error naming {@code page} or {@code size} when it is out of bounds. */
    public static void check(int page, int size, InputErrors errors) {
        if (page < 0 || page > MAX_PAGE) {
            errors.add("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** @throws InvalidInputException naming {@code page} or {@code size} when one is out of bounds */
    public static void require(int page, int size) {
        InputErrors errors = new InputErrors();
        check(page, size, errors);
        errors.throwIfAny();
    }

    /** Page {@code page} of {@code total} elements, holding {@code content}. */
    public static <T> PagedModel<T> page(List<T> content, int page, int size, long total) {
        return new PagedModel<>(new PageImpl<>(content, PageRequest.of(page, size), total));
    }
}
