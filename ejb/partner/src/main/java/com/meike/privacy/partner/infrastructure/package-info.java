/**
 * Adapters of the partners context: JPA repositories, schema migration, the JMS relay and listener.
 */
package com.meike.privacy.partner.infrastructure;
