package org.roadmap.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation's 200 carries an {@code ETag}: the version read, to send back in {@code If-Match} with a
 * change, or in {@code If-None-Match} to be told 304 when nothing changed. Its API document says so
 * ({@link SuccessResponses}); a change that takes {@code If-Match} says so without it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AnswersWithETag {
}
