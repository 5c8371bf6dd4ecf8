/**
 * Who the caller is: staff by HTTP Basic against the engine's identity service (groups as roles),
 * app users by bearer token (JWT from registration).
 */
package com.meike.privacy.api.security;
