/** Every replica hears of every new inbox item, for the dashboards connected to it. */
package org.roadmap.notifications.inbox.messaging;
