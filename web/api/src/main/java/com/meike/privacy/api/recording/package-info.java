/** Recording-access applications and grants (REC-7, REC-8) over HTTP. */
package com.meike.privacy.api.recording;
