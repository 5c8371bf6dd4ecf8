/**
 * The rights context's public face: {@link
 * com.meike.privacy.rights.application.DataSubjectRequests} and its events.
 */
package com.meike.privacy.rights.application;
