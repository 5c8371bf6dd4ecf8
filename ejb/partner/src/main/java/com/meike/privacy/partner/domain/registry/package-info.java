/**
 * The partner registry (PTN-1, PTN-2): {@link com.meike.privacy.partner.domain.registry.Partner}
 * with its {@link com.meike.privacy.partner.domain.registry.DataScope}, and the pure rules that cut
 * a payload down to a scope and de-identify it ({@link
 * com.meike.privacy.partner.domain.registry.PayloadFilter}).
 */
package com.meike.privacy.partner.domain.registry;
