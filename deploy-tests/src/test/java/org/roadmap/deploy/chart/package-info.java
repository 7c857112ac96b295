/** The chart as Helm sees it: lint, render with each values file, refuse broken values. */
package org.roadmap.deploy.chart;
