/**
 * The person's rights over their own information (DSR-*, ID-7): requests, verification, packages,
 * complaints.
 */
package com.meike.privacy.api.rights;
