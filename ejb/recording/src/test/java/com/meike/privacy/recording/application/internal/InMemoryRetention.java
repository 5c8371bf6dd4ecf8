package com.meike.privacy.recording.application.internal;

import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.LegalHoldRepository;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recordings and holds in memory for the session and playback tests (one thread, no locks); the
 * sweep and the hold races are tested on H2 ({@code RetentionSweepOnH2Test}).
 */
final class InMemoryRetention {

  private InMemoryRetention() {}

  /** Mimics the conditional updates of the JPA repository. */
  static final class Recordings implements RecordingRepository {
    final Map<String, Recording> byId = new LinkedHashMap<>();

    @Override
    public long countHeld() {
      return byId.values().stream()
          .filter(Recording::held)
          .filter(
              r ->
                  r.status() != RecordingStatus.DESTROYED
                      && r.status() != RecordingStatus.DESTROYING)
          .count();
    }

    @Override
    public Optional<Recording> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void add(Recording recording) {
      byId.put(recording.id(), recording);
    }

    @Override
    public List<Recording> ofOrder(String orderNumber) {
      return byId.values().stream().filter(r -> r.orderNumber().equals(orderNumber)).toList();
    }

    @Override
    public List<Recording> lockOfOrder(String orderNumber) {
      return ofOrder(orderNumber).stream().sorted(Comparator.comparing(Recording::id)).toList();
    }

    @Override
    public Map<
            String,
            Map.Entry<com.meike.privacy.recording.domain.retention.RecordingStatus, Boolean>>
        statusOf(Collection<String> ids) {
      throw new UnsupportedOperationException("shutdowns are tested on H2");
    }

    @Override
    public List<String> claimEarly(Collection<String> ids, Instant now, String claimToken) {
      throw new UnsupportedOperationException("shutdowns are tested on H2");
    }

    @Override
    public List<String> dueForDestruction(Instant endedBefore, Instant claimedBefore, int limit) {
      return byId.values().stream()
          .filter(r -> due(r, endedBefore, claimedBefore))
          .sorted(Comparator.comparing(r -> r.endedAt().orElseThrow()))
          .limit(limit)
          .map(Recording::id)
          .toList();
    }

    @Override
    public List<String> claimForDestruction(
        Collection<String> ids,
        Instant endedBefore,
        Instant claimedBefore,
        Instant now,
        String claimToken) {
      List<String> won = new ArrayList<>();
      for (String id : ids.stream().sorted().distinct().toList()) {
        Recording r = byId.get(id);
        if (r != null && due(r, endedBefore, claimedBefore)) {
          set(r, "status", RecordingStatus.DESTROYING);
          set(r, "claimedAt", now);
          set(r, "claimToken", claimToken);
          won.add(id);
        }
      }
      return won;
    }

    @Override
    public List<Recording> lockClaimed(String claimToken, Collection<String> ids) {
      return byId.values().stream()
          .filter(r -> ids.contains(r.id()))
          .filter(
              r ->
                  r.status() == RecordingStatus.DESTROYING
                      && r.claimToken().filter(claimToken::equals).isPresent())
          .sorted(Comparator.comparing(Recording::id))
          .toList();
    }

    @Override
    public int markDestroyed(String claimToken, Collection<String> ids, Instant now) {
      int count = 0;
      for (Recording r : lockClaimed(claimToken, ids)) {
        if (ids.contains(r.id())) {
          set(r, "status", RecordingStatus.DESTROYED);
          set(r, "destroyedAt", now);
          set(r, "claimToken", null);
          count++;
        }
      }
      return count;
    }

    @Override
    public int markHeld(String orderNumber, boolean held) {
      int count = 0;
      for (Recording r : byId.values()) {
        if (r.orderNumber().equals(orderNumber)
            && List.of(RecordingStatus.RECORDING, RecordingStatus.ENDED, RecordingStatus.FAILED)
                .contains(r.status())) {
          set(r, "held", held);
          count++;
        }
      }
      return count;
    }

    private static boolean due(Recording r, Instant endedBefore, Instant claimedBefore) {
      if (r.held()) {
        return false;
      }
      boolean waiting =
          (r.status() == RecordingStatus.ENDED || r.status() == RecordingStatus.FAILED)
              && !r.endedAt().orElseThrow().isAfter(endedBefore);
      boolean abandoned =
          r.status() == RecordingStatus.DESTROYING
              && !r.claimedAt().orElseThrow().isAfter(claimedBefore);
      return waiting || abandoned;
    }

    private static void set(Recording r, String field, Object value) {
      try {
        var f = Recording.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(r, value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final class Holds implements LegalHoldRepository {
    final List<LegalHold> all = new ArrayList<>();

    @Override
    public List<LegalHold> open() {
      return all.stream()
          .filter(LegalHold::active)
          .sorted(Comparator.comparing(LegalHold::placedAt))
          .toList();
    }

    @Override
    public Optional<LegalHold> find(String id) {
      return all.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    @Override
    public void add(LegalHold hold) {
      all.add(hold);
    }

    @Override
    public List<LegalHold> ofOrder(String orderNumber) {
      return all.stream().filter(h -> h.orderNumber().equals(orderNumber)).toList();
    }
  }
}
