package org.roadmap.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event field that names something by its id (a commitment, a road map, a series, a meeting, a milestone, a
 * report) or by its reference ({@code I.2}), or a list of such: at most {@link TextLimits#ID} characters each, which
 * every id a producer makes fits in. Consumers keep ids as keys and look things up by them; the platform's consumers
 * refuse a longer one before applying the event.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Identifier {
}
