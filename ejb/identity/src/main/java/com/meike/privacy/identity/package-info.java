/**
 * The identity context: the staff directory (departments, their heads and members) and, later,
 * accounts.
 */
package com.meike.privacy.identity;
