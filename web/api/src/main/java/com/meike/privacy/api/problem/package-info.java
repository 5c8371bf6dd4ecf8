/**
 * Every error leaves the API as application/problem+json (RFC 9457), naming the field when one is
 * at fault; never a stack trace.
 */
package com.meike.privacy.api.problem;
