/**
 * The {@code data-subject-request} process (DSR-*, ID-7): its start, message correlation and
 * expressions.
 */
package com.meike.privacy.bpmn.rights;
