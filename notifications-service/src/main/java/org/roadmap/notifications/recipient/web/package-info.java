/** HTTP API of recipients. */
package org.roadmap.notifications.recipient.web;
