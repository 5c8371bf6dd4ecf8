/** Problem types: refusals that services throw and the REST layer maps to problem+json answers. */
package com.meike.privacy.kernel.problem;
