/** Public holidays of the parties, from the Jollyday library's maintained data, to flag meeting dates. */
package org.roadmap.meetings.holidays;
