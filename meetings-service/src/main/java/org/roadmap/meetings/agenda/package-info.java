/**
 * The commitments a meeting's agenda may link to, built from commitment events only, so agenda
 * links can be checked and labelled without asking commitments-service.
 */
package org.roadmap.meetings.agenda;
