/**
 * The identity context's public face: the {@code StaffDirectory} service other contexts and the
 * processes ask.
 */
package com.meike.privacy.identity.application;
