/** Slows down guessing: failed sign-ins at the token endpoint and the login page, counted per name and per address. */
package org.roadmap.identity.throttle;
