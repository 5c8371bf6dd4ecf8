/**
 * Staff credentials and groups, kept in the engine's identity service, offered to the web layer's
 * identity store.
 */
package com.meike.privacy.bpmn.identity;
