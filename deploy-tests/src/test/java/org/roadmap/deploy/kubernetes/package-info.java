/** Kubernetes' own kinds, parsed with the official models that refuse unknown fields. */
package org.roadmap.deploy.kubernetes;
