/** HTTP API of subscriptions. */
package org.roadmap.notifications.subscription.web;
