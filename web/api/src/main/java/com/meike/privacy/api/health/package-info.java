/** GET /api/health: 200 only when the database, the process engine and the broker are usable. */
package com.meike.privacy.api.health;
