/**
 * The {@code partner-deletion-order} process: follows each deletion order of the partner context
 * until every partner acknowledged, and raises a task for operations on a failure or on silence.
 */
package com.meike.privacy.bpmn.partner;
