/** The local token issuer of the embedded default: any OIDC provider takes its place in production. */
package org.roadmap.identity;
