/** HTTP API of the inbox, with its Server-Sent Events stream. */
package org.roadmap.notifications.inbox.web;
