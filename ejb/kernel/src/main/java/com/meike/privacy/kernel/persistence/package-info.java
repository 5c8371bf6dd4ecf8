/** Schema migration shared by every context: each context migrates its own tables with Flyway. */
package com.meike.privacy.kernel.persistence;
