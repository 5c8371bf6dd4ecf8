/** Data-subject requests, their kinds, grounds and deadlines (DSR-1..6, ID-7). */
package com.meike.privacy.rights.domain.request;
