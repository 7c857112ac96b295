/** One API documentation page: the services' OpenAPI documents, proxied and made usable through the gateway. */
package org.roadmap.gateway.apidocs;
