/** The seeded users as OAuth2 clients: their secrets and the claims of their tokens. */
package org.roadmap.identity.client;
