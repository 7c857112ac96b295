package org.roadmap.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body is a JSON merge patch (RFC 7396) of {@link #value()}: read as a tree to tell a field left out
 * from one sent as {@code null}, documented as {@code application/merge-patch+json} with that type's
 * fields ({@link MergePatchBodies}).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface MergePatchBody {

    /** The fields a patch may carry. */
    Class<?> value();
}
