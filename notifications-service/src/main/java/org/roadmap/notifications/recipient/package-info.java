/** The people alerts are for: contact, language, time zone, quiet hours, channels, what they follow by default. */
package org.roadmap.notifications.recipient;
