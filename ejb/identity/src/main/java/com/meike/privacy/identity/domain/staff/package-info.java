/**
 * The staff directory: departments with their function and head, staff members and where they
 * belong.
 */
package com.meike.privacy.identity.domain.staff;
