/** The service's life as a child of the launcher: it ends when the launcher that started it is gone. */
package org.roadmap.platform.lifecycle;
