/** Suggested structure of a newly imported road map, read from its text with the gazetteer and the table of countries. */
package org.roadmap.commitments.roadmap.suggestion;
