/**
 * Sign-in for every service (docs/adr/0006): a JWT resource server, the caller its token describes,
 * and refusals as problem details.
 */
package org.roadmap.platform.security;
