/** App users: registration by phone and one-time code (public), and the caller's own account. */
package com.meike.privacy.api.account;
