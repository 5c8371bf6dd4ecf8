/** The application's clock, produced once so that services can be tested with a fixed one. */
package com.meike.privacy.kernel.time;
