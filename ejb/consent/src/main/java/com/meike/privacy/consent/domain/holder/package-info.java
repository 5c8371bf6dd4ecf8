/**
 * Transfers of the data to a new holder (PTN-6, Part 2 §III(2)): a merger, acquisition or
 * bankruptcy either binds the new holder to the policy in force or makes the affected people
 * consent again.
 */
package com.meike.privacy.consent.domain.holder;
