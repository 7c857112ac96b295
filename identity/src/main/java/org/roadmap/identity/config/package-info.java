/** The issuer's typed settings. */
package org.roadmap.identity.config;
