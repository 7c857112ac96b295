/** The operators' custom resources (Strimzi, MongoDB) checked against their CRD schemas, closed. */
package org.roadmap.deploy.crd;
