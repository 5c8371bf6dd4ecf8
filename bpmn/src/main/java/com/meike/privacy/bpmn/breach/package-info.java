/**
 * The {@code breach-notification} process (INC-1..4): its start, its expressions and its forms'
 * facts.
 */
package com.meike.privacy.bpmn.breach;
