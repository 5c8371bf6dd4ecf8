package com.meike.privacy.partner.infrastructure.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.transaction.RollbackException;
import javax.transaction.xa.XAException;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.api.core.ActiveMQNotConnectedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Which failed hand-overs are the broker's refusal of a second copy (issue 20): Artemis refuses it
 * at prepare, its client throws an XAException caused by ActiveMQDuplicateIdException ("AMQ212015:
 * failover occurred during prepare rolling back"), Narayana attaches that to its RollbackException,
 * the EJB container wraps that.
 */
@Tag("PTN-4")
class JmsPartnerQueueTest {

  static XAException prepareFailed(Exception cause) {
    XAException failed = new XAException(XAException.XAER_RMFAIL);
    failed.initCause(cause);
    return failed;
  }

  @Test
  @DisplayName(
      "PTN-4: a duplicate-id refusal is found as the transaction manager's suppressed exception")
  void duplicateRefusalAsSuppressedXaException() {
    RollbackException rolledBack =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    rolledBack.addSuppressed(prepareFailed(new ActiveMQDuplicateIdException()));
    assertThat(
            JmsPartnerQueue.duplicateRejection(
                new EJBTransactionRolledbackException("rolled back", rolledBack)))
        .isTrue();
  }

  @Test
  void duplicateRefusalAsCause() {
    RollbackException rolledBack = new RollbackException("rolled back");
    rolledBack.initCause(
        prepareFailed(new ActiveMQDuplicateIdException("Duplicate message detected")));
    assertThat(JmsPartnerQueue.duplicateRejection(new EJBException(rolledBack))).isTrue();
  }

  @Test
  @DisplayName("PTN-4: any other failure is no proof of delivery")
  void otherFailuresAreNoProof() {
    RollbackException rolledBack = new RollbackException("rolled back");
    rolledBack.addSuppressed(
        prepareFailed(new ActiveMQNotConnectedException("the broker went away")));
    assertThat(
            JmsPartnerQueue.duplicateRejection(
                new EJBTransactionRolledbackException("x", rolledBack)))
        .isFalse();
    assertThat(
            JmsPartnerQueue.duplicateRejection(
                new JMSSecurityRuntimeException("AMQ229032: not allowed")))
        .isFalse();
    assertThat(
            JmsPartnerQueue.duplicateRejection(
                new IllegalStateException("No queue java:/jms/queue/partner.x.outbound")))
        .isFalse();
    assertThat(JmsPartnerQueue.duplicateRejection(null)).isFalse();
  }

  @Test
  void aCycleOfSuppressedExceptionsEnds() {
    RuntimeException one = new RuntimeException("one");
    RuntimeException two = new RuntimeException("two", one);
    one.addSuppressed(two);
    assertThat(JmsPartnerQueue.duplicateRejection(two)).isFalse();
  }
}
