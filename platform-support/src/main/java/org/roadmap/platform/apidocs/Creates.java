package org.roadmap.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation creates what it answers: 201 with {@code Location}, or 200 with what a request already
 * made (a retry with the same Idempotency-Key, the same document imported again). Its API document says
 * so ({@link SuccessResponses}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Creates {

    /** What the 200 answer means; empty when the operation always creates. */
    String again() default "A retry with the same Idempotency-Key: what the first request created";

    /** Whether the answer says in {@code Location} where what was created is read (not for a part of another). */
    boolean location() default true;

    /** Whether the answer carries the {@code ETag} of what was created or changed (not for what has no version). */
    boolean etag() default true;
}
