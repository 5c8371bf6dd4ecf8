/**
 * The partners context over HTTP: the published partner and SDK registry and its management
 * (PTN-1), the partner messages awaiting or refused a reply (PTN-4), the disclosure log (PTN-5).
 */
package com.meike.privacy.api.partner;
