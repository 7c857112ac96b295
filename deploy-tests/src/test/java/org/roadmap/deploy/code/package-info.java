/** What the code and the other deployment files say the chart must provide: bindings, topics, groups, ACLs. */
package org.roadmap.deploy.code;
