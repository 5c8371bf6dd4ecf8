/** The {@code shutdown-data-disposal} process (SHUT-1): its starter and its expressions. */
package com.meike.privacy.bpmn.shutdown;
