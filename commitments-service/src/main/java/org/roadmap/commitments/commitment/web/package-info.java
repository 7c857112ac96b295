/** REST resources of commitments under {@code /api/v1/commitments}. */
package org.roadmap.commitments.commitment.web;
