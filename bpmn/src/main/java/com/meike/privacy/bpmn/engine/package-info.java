/**
 * The embedded process engine: built on WildFly's transaction manager, datasource and managed
 * threads, registered with Camunda's runtime container so the stock web apps find it, with the
 * processes, groups, authorizations and Tasklist filters it needs. Kept behind this small bootstrap
 * so moving to a maintained Camunda 7 fork is a dependency change.
 */
package com.meike.privacy.bpmn.engine;
