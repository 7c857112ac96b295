/** The seeded users as OAuth2 clients and as people who sign in: their secrets, passwords and the claims of their tokens. */
package org.roadmap.identity.client;
