/**
 * Sign-in at the front door (docs/adr/0006): JWT access tokens checked early, the token passed on
 * unchanged to the services that authorise; security headers and CORS.
 */
package org.roadmap.gateway.security;
