/** REST resources of road maps under {@code /api/v1/road-maps}. */
package org.roadmap.commitments.roadmap.web;
