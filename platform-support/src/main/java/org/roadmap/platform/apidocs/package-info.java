/**
 * What every service's OpenAPI document says the same way: the problems each operation can answer,
 * in one shared {@code Problem} schema, and the headers that come with them.
 */
package org.roadmap.platform.apidocs;
