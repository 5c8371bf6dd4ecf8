/** Where the recording context keeps sealed audio: a directory of the server's file system. */
package com.meike.privacy.recording.infrastructure.storage;
