package com.meike.privacy.bpmn.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorizations grant only: nobody (Camunda Admin, {@code /engine-rest}, our code)
 * can save a REVOKE authorization, and so the engine need not ask, in every command that checks a
 * permission, whether one applies to the caller (Camunda's default, {@code
 * authorizationCheckRevokes=auto}: one more query per command; issue 11, about 6 of the approval's
 * 230 statements per instance). Our rules are grants to groups ({@link EngineSetup}); a person
 * loses a permission by leaving the group, which takes effect at once.
 *
 * <p>Revokes saved before this rule (or written into the table by hand) are still honoured: each
 * engine asks once, at its first permission check, whether any exists, and only when none does it
 * leaves out the per-command query from then on (none can be added through the engine since).
 *
 * <p>A check also takes the caller's groups as they are, instead of first reading the group of
 * every authorization row in the table ({@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}, once per command that checks a permission) to leave out the groups that
 * have none: a group without an authorization matches no row either way, so the answer is the same.
 * That read grows with the table — every user task adds two rows for its assignee, and the history
 * rows stay until their removal time — and an approval ran it four times (issue 11). Camunda's
 * filter keeps the checks' {@code GROUP_ID_ IN (…)} short for directories that put a person in
 * hundreds of groups; the staff directory puts a person in a few.
 */
public final class GrantOnlyAuthorizations implements SessionFactory {

  static final String NO_REVOKES =
      "本系统只使用授予型授权（GRANT），不接受撤销型授权（REVOKE）；请将该人员移出相应的组。"
          + " Authorizations here only grant: a REVOKE authorization is not accepted; take the person"
          + " out of the group that grants the permission instead.";

  /** Whether the table holds no REVOKE authorization; null until this engine first asked. */
  private volatile Boolean noRevokes;

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new Manager();
  }

  /** The engine's authorization manager with the two rules above. */
  final class Manager extends AuthorizationManager {

    @Override
    public void insert(DbEntity authorization) {
      refuseRevoke(authorization);
      super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.update(authorization);
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return new ArrayList<>();
      }
      // as Camunda's filter: no duplicates and no null, in a list the caller may change
      List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
      groups.removeIf(Objects::isNull);
      return groups;
    }

    @Override
    protected boolean isRevokeAuthCheckEnabled(String userId, List<String> groupIds) {
      Boolean none = noRevokes;
      if (none == null) {
        AuthorizationQueryImpl revokes = new AuthorizationQueryImpl();
        revokes.authorizationType(Authorization.AUTH_TYPE_REVOKE);
        Long count =
            (Long)
                getDbEntityManager().selectOne("selectAuthorizationCountByQueryCriteria", revokes);
        none = count == null || count == 0;
        noRevokes = none;
      }
      return !none && super.isRevokeAuthCheckEnabled(userId, groupIds);
    }
  }

  private static void refuseRevoke(DbEntity entity) {
    if (entity instanceof AuthorizationEntity authorization
        && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
      throw EngineDoors.refused(NO_REVOKES);
    }
  }
}
