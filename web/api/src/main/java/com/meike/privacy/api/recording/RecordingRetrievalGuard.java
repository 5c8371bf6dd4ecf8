package com.meike.privacy.api.recording;

import com.meike.privacy.api.problem.Problem;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.recording.application.RecordingProbes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * REC-4: customers and beauticians never retrieve a recording or a key. Before any resource is
 * matched, a request of an app user (bearer token) to a staff recording path (grants and their
 * playback, access requests, legal holds) is refused with 403; a request to a path that looks for
 * recording audio or keys — {@code recordings/…}, or a segment starting with {@code recording}
 * followed by audio, key, download and the like, e.g. {@code me/recording-sessions/{id}/audio} —
 * with 404, as no such path exists for them. Either way the attempt is audited (its path only,
 * never the query).
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class RecordingRetrievalGuard implements ContainerRequestFilter {

  /** Staff-only recording paths that exist: refused (403). */
  static final Pattern STAFF_PATHS =
      Pattern.compile(
          "^/?(recording-access-grants|recording-access-requests|recording-legal-holds)(/.*)?$");

  /**
   * Paths that would hand out audio or keys: recordings themselves, or audio/key words under a
   * recording path.
   */
  static final Pattern GUESSED_PATHS =
      Pattern.compile(
          "^/?(me/)?recordings(/.*)?$"
              + "|^/?(.*/)?recording[^/]*/(.*/)?(audio|download|downloads|file|files|key|keys|data-key|playback|play|stream|listen|content|export)(/.*)?$",
          Pattern.CASE_INSENSITIVE);

  @Inject RecordingProbes probes;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security == null
        || security.getUserPrincipal() == null
        || !security.isUserInRole(Roles.APP_USER)) {
      return;
    }
    String path = request.getUriInfo().getPath();
    Integer status = refusal(path);
    if (status == null) {
      return;
    }
    probes.refused(security.getUserPrincipal().getName(), request.getMethod(), path);
    request.abortWith(
        status == 403
            ? Problem.of(
                    403,
                    "Forbidden",
                    "Recordings are played by authorised staff only; customers and beauticians cannot retrieve them.")
                .toResponse()
            : Problem.of(
                    404,
                    "Not Found",
                    com.meike.privacy.api.problem.WebApplicationExceptionMapper.detail(404))
                .toResponse());
  }

  /** 403 for a staff recording path, 404 for a guessed retrieval path, null for anything else. */
  static Integer refusal(String path) {
    if (path == null) {
      return null;
    }
    if (STAFF_PATHS.matcher(path).matches()) {
      return 403;
    }
    return GUESSED_PATHS.matcher(path).matches() ? 404 : null;
  }
}
