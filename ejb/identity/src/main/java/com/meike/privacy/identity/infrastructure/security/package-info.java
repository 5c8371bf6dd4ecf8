/**
 * Who calls the EAR's web modules: one Jakarta Security mechanism for staff (HTTP Basic) and app
 * users (bearer JWT).
 */
package com.meike.privacy.identity.infrastructure.security;
