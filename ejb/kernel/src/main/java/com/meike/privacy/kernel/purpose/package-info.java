/** What personal data is used for: the purpose code every context names a use by. */
package com.meike.privacy.kernel.purpose;
