/**
 * Extra verification of app accounts (ID-3, ID-4): a beautician's identity document, a merchant's
 * enterprise credential, a customer's optional real-name check. The evidence is kept only as
 * ciphertext and as a keyed hash of the document or credit-code number (so one document cannot
 * verify two accounts, DATA-3); what anyone is ever shown is the state: pending, passed or failed.
 */
package com.meike.privacy.identity.domain.evidence;
