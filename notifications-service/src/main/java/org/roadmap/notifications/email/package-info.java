/** The e-mail channel over SMTP. */
package org.roadmap.notifications.email;
