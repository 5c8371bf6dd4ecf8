/** Bearer tokens of app users: JWTs signed and verified with jose4j, keys from configuration. */
package com.meike.privacy.identity.infrastructure.token;
