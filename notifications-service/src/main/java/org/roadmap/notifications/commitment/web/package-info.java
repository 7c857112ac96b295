/** Read access to the commitment projection, for subscription screens. */
package org.roadmap.notifications.commitment.web;
