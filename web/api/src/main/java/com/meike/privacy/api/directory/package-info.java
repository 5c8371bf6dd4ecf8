/** The staff directory: departments, heads and members, as staff see it. */
package com.meike.privacy.api.directory;
