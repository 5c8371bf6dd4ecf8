/**
 * The REST API at /api: staff and app endpoints over the contexts' services; errors as RFC 9457
 * problem+json.
 */
package com.meike.privacy.api;
