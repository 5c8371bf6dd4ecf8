/** Adapters of the incidents context: persistence (JPA, Flyway schema). */
package com.meike.privacy.incidents.infrastructure;
