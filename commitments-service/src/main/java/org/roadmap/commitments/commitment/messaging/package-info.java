/** Maps commitments to the integration events of the contract module. */
package org.roadmap.commitments.commitment.messaging;
