/** Read access to the alert schedule. */
package org.roadmap.notifications.alert.web;
