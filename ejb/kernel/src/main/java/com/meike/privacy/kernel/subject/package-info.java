/** Who personal data is about: the subject id every context names a person by. */
package com.meike.privacy.kernel.subject;
