/**
 * Camunda's own REST API at /engine-rest, behind HTTP Basic with the engine's authorization checks.
 */
package com.meike.privacy.enginerest;
