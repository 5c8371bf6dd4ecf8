/**
 * Lawful disclosure (DISC-1, DISC-1a, DISC-2, REC-9): authorities' requests with their legal
 * documents, legal's review, and encrypted packages of only the requested scope whose keys are
 * handed over once. A context of its own, apart from partners: only legal works with it, its
 * documents are sealed under their own key, and nothing here ever travels over the partner queues.
 */
package com.meike.privacy.lawful;
