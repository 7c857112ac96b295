/** How alerts read: proper English, Spanish and Japanese templates, dates in each recipient's zone and locale. */
package org.roadmap.notifications.message;
