/**
 * Operations staff review app users' identity, enterprise and real-name verifications (ID-3, ID-4).
 */
package com.meike.privacy.api.verification;
