/** Adapters of the recording context to the platform: persistence (JPA, schema migrations). */
package com.meike.privacy.recording.infrastructure;
