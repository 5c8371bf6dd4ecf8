package com.meike.privacy.api.recording;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.recording.application.PlaybackView;
import com.meike.privacy.recording.application.RecordingPlayback;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;

/**
 * Playback of a recording through a grant (REC-8), with HTTP Range so that a player can seek; the
 * server holds one segment of audio in memory at a time. Staff only: app users have no way to
 * retrieve a recording (REC-4).
 */
@Path("recording-access-grants/{grantId}/recordings/{recordingId}/audio")
@RolesAllowed(Roles.STAFF)
public class RecordingAudioResource {

  static final String AUDIO = "application/octet-stream";

  @Inject RecordingPlayback playback;
  @Context SecurityContext security;

  @GET
  public Response play(
      @PathParam("grantId") String grantId,
      @PathParam("recordingId") String recordingId,
      @HeaderParam("Range") String range) {
    PlaybackView view = playback.open(grantId, recordingId, security.getUserPrincipal().getName());
    long total = view.length();
    Optional<ByteRange> wanted;
    try {
      wanted = ByteRange.parse(range, total);
    } catch (ByteRange.Unsatisfiable e) {
      return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header("Content-Range", "bytes */" + total)
          .build();
    }
    long from = wanted.map(ByteRange::first).orElse(0L);
    long length = wanted.map(ByteRange::length).orElse(total);
    StreamingOutput body = out -> playback.stream(view.recordingId(), from, length, out);
    Response.ResponseBuilder response =
        wanted.isPresent()
            ? Response.status(Response.Status.PARTIAL_CONTENT)
                .header("Content-Range", wanted.get().contentRange(total))
            : Response.ok();
    return response
        .entity(body)
        .type(AUDIO)
        .header("Accept-Ranges", "bytes")
        .header(HttpHeaders.CONTENT_LENGTH, length)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
