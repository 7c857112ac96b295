/**
 * Road map progress as a spreadsheet: each side's current assessment exported as CSV, and the
 * edited sheet imported back as progress reports.
 */
package org.roadmap.commitments.spreadsheet;
