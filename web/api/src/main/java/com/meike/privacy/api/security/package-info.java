/** Who the caller is: staff identity from the engine's identity service, groups as roles. */
package com.meike.privacy.api.security;
