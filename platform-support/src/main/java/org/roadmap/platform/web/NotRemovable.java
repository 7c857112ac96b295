package org.roadmap.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a merge-patch request that a patch may change but not remove: RFC 7396 reads
 * {@code null} as "remove", so {@link MergePatch} refuses {@code null} for it with a 400 naming the
 * field, instead of silently leaving the field as it was.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface NotRemovable {
}
