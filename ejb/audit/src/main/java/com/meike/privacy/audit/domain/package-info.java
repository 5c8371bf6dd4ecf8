/** The audit domain model: entries of the trail and the head of their hash chain. */
package com.meike.privacy.audit.domain;
