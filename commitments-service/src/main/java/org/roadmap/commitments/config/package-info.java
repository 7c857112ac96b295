/** Settings of commitments-service. */
package org.roadmap.commitments.config;
