/** The expressions of {@code incident-drill} (INC-3). */
package com.meike.privacy.bpmn.drill;
