/** The platform's own rules for what the chart renders; each rule lists its violations, empty when kept. */
package org.roadmap.deploy.policy;
