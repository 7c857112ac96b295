/** The issuer's signing key, kept across restarts. */
package org.roadmap.identity.key;
