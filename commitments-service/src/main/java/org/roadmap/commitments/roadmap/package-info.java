/** Road maps: their documents, import, pillars, and the curated annotations of their commitments. */
package org.roadmap.commitments.roadmap;
