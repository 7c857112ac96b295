/**
 * Each service's replicas behind the gateway: which ones there are ({@code roadmap.gateway.services}),
 * round-robin over those not found unreachable lately, and a request retried on another replica when
 * that cannot apply it twice.
 */
package org.roadmap.gateway.replicas;
