package com.meike.privacy.notification.infrastructure.persistence.jpa;

import com.meike.privacy.notification.domain.campaign.Campaign;
import com.meike.privacy.notification.domain.campaign.CampaignRecipient;
import com.meike.privacy.notification.domain.campaign.CampaignRepository;
import com.meike.privacy.notification.domain.campaign.CampaignState;
import com.meike.privacy.notification.domain.campaign.RecipientOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link CampaignRepository} in native SQL on the notification unit (the recipient table is worked
 * in bulk, never as entities). The selection reads the consent context's current-consent and child
 * tables ({@code consent_current}, {@code consent_child_status}) in one INSERT … SELECT, so a
 * million people never pass through the server's memory.
 */
@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

  private static final String COLUMNS =
      "id, purpose, reference, template_id, params_json, state, selected, sent,"
          + " unreached, started_by, started_at, state_by, state_at, finished_at";

  @PersistenceContext(unitName = "notification")
  private EntityManager em;

  /** For the container. */
  public JpaCampaignRepository() {}

  /** Outside a container (tests). */
  public JpaCampaignRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void insert(Campaign c) {
    // finished_at stays null: a campaign finishes through changeState
    em.createNativeQuery(
            "insert into notification_campaign (id, purpose, reference, template_id, params_json, state,"
                + " selected, sent, unreached, started_by, started_at, state_by, state_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        .setParameter(1, c.id())
        .setParameter(2, c.purpose())
        .setParameter(3, c.reference())
        .setParameter(4, c.templateId())
        .setParameter(5, encode(c.params()))
        .setParameter(6, c.state().name())
        .setParameter(7, c.selected())
        .setParameter(8, c.sent())
        .setParameter(9, c.unreached())
        .setParameter(10, c.startedBy())
        .setParameter(11, ts(c.startedAt()))
        .setParameter(12, c.stateBy())
        .setParameter(13, ts(c.stateAt()))
        .executeUpdate();
  }

  @Override
  public Optional<Campaign> find(String id) {
    return one("select " + COLUMNS + " from notification_campaign where id = ?1", id);
  }

  @Override
  public Optional<Campaign> findByReference(String purpose, String reference) {
    return one(
        "select " + COLUMNS + " from notification_campaign where purpose = ?1 and reference = ?2",
        purpose,
        reference);
  }

  @Override
  public long selectHolders(String campaignId, Set<String> categories, Instant heldAt) {
    if (categories.isEmpty()) {
      return 0;
    }
    int added =
        em.createNativeQuery(
                "insert into notification_campaign_recipient (campaign_id, seq, subject_id, recipient_id, for_child, state)"
                    + " select ?1, row_number() over (order by p.subject_id), p.subject_id,"
                    + " coalesce(c.guardian_id, p.subject_id), case when c.subject_id is null then false else true end,"
                    + " 'PENDING'"
                    + " from (select distinct subject_id from consent_current where purpose_code in (?2)"
                    + " and occurred_at <= ?3) p"
                    + " left join consent_child_status c on c.subject_id = p.subject_id")
            .setParameter(1, campaignId)
            .setParameter(2, new ArrayList<>(categories))
            .setParameter(3, ts(heldAt))
            .executeUpdate();
    addSelected(campaignId, added);
    return added;
  }

  @Override
  public long addSubjects(String campaignId, Collection<String> subjectIds) {
    Set<String> subjects = new LinkedHashSet<>(subjectIds);
    if (subjects.isEmpty()) {
      return 0;
    }
    long seq =
        ((Number)
                em.createNativeQuery(
                        "select coalesce(max(seq), 0) from notification_campaign_recipient where campaign_id = ?1")
                    .setParameter(1, campaignId)
                    .getSingleResult())
            .longValue();
    Map<String, String> guardians = new TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "select subject_id, guardian_id from consent_child_status where subject_id in (?1)")
            .setParameter(1, new ArrayList<>(subjects))
            .getResultList()) {
      Object[] r = (Object[]) row;
      guardians.put((String) r[0], (String) r[1]);
    }
    long added = 0;
    for (String subject : subjects) {
      String guardian = guardians.get(subject);
      added +=
          em.createNativeQuery(
                  "insert into notification_campaign_recipient (campaign_id, seq, subject_id, recipient_id, for_child, state)"
                      + " select ?1, ?2, ?3, ?4, ?5, 'PENDING' from notification_campaign where id = ?1 and not exists"
                      + " (select 1 from notification_campaign_recipient where campaign_id = ?1 and subject_id = ?3)")
              .setParameter(1, campaignId)
              .setParameter(2, ++seq)
              .setParameter(3, subject)
              .setParameter(4, guardian == null ? subject : guardian)
              .setParameter(5, guardian != null)
              .executeUpdate();
    }
    addSelected(campaignId, added);
    return added;
  }

  private void addSelected(String campaignId, long added) {
    em.createNativeQuery("update notification_campaign set selected = selected + ?2 where id = ?1")
        .setParameter(1, campaignId)
        .setParameter(2, added)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> running() {
    return em.createNativeQuery(
            "select id from notification_campaign where state = 'RUNNING' order by started_at, id")
        .getResultList();
  }

  /** How many batches long the window of a claim is: as many workers find work in it. */
  static final int WINDOWS = 4;

  @Override
  public List<CampaignRecipient> claim(String campaignId, int max) {
    // Two steps (issue 14): "… order by seq fetch first n rows for update skip locked" makes H2
    // read
    // and sort every pending row of the campaign on each claim (1.8 s with 50,000 pending, so a
    // campaign cost grew with the square of its size). First the window — the first n pending seqs,
    // read without locks in the order of the work index (campaign_id, state, seq), so H2 reads n
    // entries and sorts nothing — then the rows of that window locked, skipping rows another
    // transaction holds. Native SQL because Hibernate's H2 dialect renders SKIP LOCKED as a plain,
    // waiting FOR UPDATE; H2 2.2 and PostgreSQL both understand it.
    //
    // Several workers (issue 14, meike.notification.campaign-workers): the window is WINDOWS
    // batches long, and its batches are tried in turn, so a worker that finds the first batch held
    // by another takes the next instead of coming back empty.
    List<?> window =
        em.createNativeQuery(
                "select seq from notification_campaign_recipient where campaign_id = ?1 and state = 'PENDING'"
                    + " order by campaign_id, state, seq fetch first "
                    + (long) max * WINDOWS
                    + " rows only")
            .setParameter(1, campaignId)
            .getResultList();
    List<CampaignRecipient> claimed = new ArrayList<>();
    for (int from = 0; from < window.size() && claimed.isEmpty(); from += max) {
      long first = ((Number) window.get(from)).longValue();
      long last = ((Number) window.get(Math.min(window.size(), from + max) - 1)).longValue();
      for (Object row :
          em.createNativeQuery(
                  "select seq, subject_id, recipient_id, for_child from notification_campaign_recipient"
                      + " where campaign_id = ?1 and state = 'PENDING' and seq between ?2 and ?3"
                      + " for update skip locked")
              .setParameter(1, campaignId)
              .setParameter(2, first)
              .setParameter(3, last)
              .getResultList()) {
        Object[] r = (Object[]) row;
        claimed.add(
            new CampaignRecipient(
                campaignId,
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                Boolean.TRUE.equals(r[3])));
      }
    }
    claimed.sort(java.util.Comparator.comparingLong(CampaignRecipient::seq));
    return claimed;
  }

  @Override
  public void record(String campaignId, List<RecipientOutcome> outcomes, Instant at) {
    if (outcomes.isEmpty()) {
      return;
    }
    long[] counted = new long[2];
    // one JDBC batch on the session's own connection (same transaction), not a statement per call
    em.unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (java.sql.PreparedStatement update =
                  connection.prepareStatement(
                      "update notification_campaign_recipient set state = ?, message_id = ?, channel = ?, reason = ?,"
                          + " done_at = ? where campaign_id = ? and subject_id = ? and state = 'PENDING'")) {
                java.time.OffsetDateTime done =
                    java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
                for (RecipientOutcome o : outcomes) {
                  update.setString(1, o.sent() ? "SENT" : "UNREACHED");
                  update.setString(2, o.messageId());
                  update.setString(3, o.channel());
                  update.setString(4, o.reason());
                  update.setObject(5, done);
                  update.setString(6, campaignId);
                  update.setString(7, o.subjectId());
                  update.addBatch();
                }
                int[] changed = update.executeBatch();
                for (int i = 0; i < changed.length; i++) {
                  // a driver may answer SUCCESS_NO_INFO (-2) for a row it changed; the claim holds
                  // the rows
                  if (changed[i] == 1 || changed[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                    counted[outcomes.get(i).sent() ? 0 : 1]++;
                  }
                }
              }
            });
    em.createNativeQuery(
            "update notification_campaign set sent = sent + ?2, unreached = unreached + ?3 where id = ?1")
        .setParameter(1, campaignId)
        .setParameter(2, counted[0])
        .setParameter(3, counted[1])
        .executeUpdate();
  }

  @Override
  public boolean anyPending(String campaignId) {
    return !em.createNativeQuery(
            "select 1 from notification_campaign_recipient where campaign_id = ?1"
                + " and state = 'PENDING' order by campaign_id, state, seq fetch first 1 rows only")
        .setParameter(1, campaignId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean lockUnlessFinished(String campaignId) {
    // an update that changes nothing takes the row lock on H2 and PostgreSQL alike
    return em.createNativeQuery(
                "update notification_campaign set state = state where id = ?1 and state <> 'FINISHED'")
            .setParameter(1, campaignId)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean changeState(
      String campaignId, CampaignState from, CampaignState to, String by, Instant at) {
    return em.createNativeQuery(
                "update notification_campaign set state = ?3, state_by = ?4, state_at = ?5"
                    + (to == CampaignState.FINISHED ? ", finished_at = ?5" : "")
                    + " where id = ?1 and state = ?2")
            .setParameter(1, campaignId)
            .setParameter(2, from.name())
            .setParameter(3, to.name())
            .setParameter(4, by)
            .setParameter(5, ts(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public List<CampaignRecipientResult> unreached(String campaignId, long afterSeq, int max) {
    List<CampaignRecipientResult> result = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select seq, subject_id, for_child, reason from notification_campaign_recipient"
                    + " where campaign_id = ?1 and state = 'UNREACHED' and seq > ?2 order by campaign_id, state, seq fetch first "
                    + max
                    + " rows only")
            .setParameter(1, campaignId)
            .setParameter(2, afterSeq)
            .getResultList()) {
      Object[] r = (Object[]) row;
      result.add(
          new CampaignRecipientResult(
              ((Number) r[0]).longValue(),
              (String) r[1],
              Boolean.TRUE.equals(r[2]),
              (String) r[3]));
    }
    return result;
  }

  @Override
  public Map<String, Long> deliveryCounts(String campaignId) {
    Map<String, Long> counts = new TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "select n.status, count(*) from notification_campaign_recipient r"
                    + " join notification_notice n on n.message_id = r.message_id"
                    + " where r.campaign_id = ?1 and r.state = 'SENT' group by n.status")
            .setParameter(1, campaignId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put((String) r[0], ((Number) r[1]).longValue());
    }
    return counts;
  }

  private Optional<Campaign> one(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    List<?> rows = query.getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new Campaign(
            (String) r[0],
            (String) r[1],
            (String) r[2],
            (String) r[3],
            decode((String) r[4]),
            CampaignState.valueOf((String) r[5]),
            ((Number) r[6]).longValue(),
            ((Number) r[7]).longValue(),
            ((Number) r[8]).longValue(),
            (String) r[9],
            instant(r[10]),
            (String) r[11],
            instant(r[12]),
            r[13] == null ? null : instant(r[13])));
  }

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }

  static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalStateException("not a time: " + (value == null ? null : value.getClass()));
  }

  /** The parameters as {@code name=value&…}, URL-encoded (text only, no JSON library needed). */
  static String encode(Map<String, String> params) {
    StringBuilder s = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (s.length() > 0) {
            s.append('&');
          }
          s.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return s.toString();
  }

  static Map<String, String> decode(String text) {
    Map<String, String> params = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return params;
    }
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
