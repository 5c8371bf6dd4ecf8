package com.meike.privacy.bpmn.drill;

import com.meike.privacy.kernel.time.WorkingDayCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;

/**
 * INC-3: every hour, at the minute of {@code meike.incidents.drill-time}, asks whether this year's
 * drill is due and only then starts {@code incident-drill} ({@link
 * IncidentDrillProcess#startIfDue}); on the other 8,700-odd hours of a year it starts nothing. It
 * also asks once right after the application starts ({@link #CATCH_UP}): a drill that fell due
 * while the server was down is raised at start-up, not up to an hour later — and, as every check,
 * only if this year has no drill yet. The timer is not persistent and runs on every node of a
 * cluster: the drill's unique year in the incidents context lets one node raise it; the other
 * node's transaction — its process start included — rolls back.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class YearlyDrillCheck {

  private static final Logger LOG = Logger.getLogger(YearlyDrillCheck.class.getName());

  /**
   * The check at start-up runs this long after the application started, in a timer of its own (its
   * own transaction, after the deployment), never inside the deployment.
   */
  static final long CATCH_UP = 1_000;

  @Resource TimerService timers;
  @Resource UserTransaction transaction;
  @Inject IncidentDrillProcess drill;
  @Inject RuntimeService runtime;

  @PostConstruct
  void schedule() {
    timers.createCalendarTimer(
        new ScheduleExpression()
            .hour("*")
            .minute(drill.drillTime().getMinute())
            .second(0)
            .timezone(WorkingDayCalendar.CHINA.getId()),
        new TimerConfig("incident-drill-check", false));
    timers.createSingleActionTimer(CATCH_UP, new TimerConfig("incident-drill-catch-up", false));
  }

  @Timeout
  void check() {
    try {
      transaction.begin();
      if (drill.startIfDue(runtime)) {
        LOG.info("incident drill: this year's drill raised");
      }
      transaction.commit();
    } catch (Exception e) {
      rollback();
      // Another node raised this year's drill first (its unique year), or the database was away:
      // either way the next hour asks again.
      LOG.log(Level.INFO, "incident drill: not raised by this node: {0}", e.toString());
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (IllegalStateException | SecurityException | SystemException e) {
      LOG.log(Level.WARNING, "incident drill: rollback failed", e);
    }
  }
}
