package com.meike.privacy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner connects from outside the server exactly as the partner guide says: the standard
 * Artemis Jakarta JMS client through WildFly's HTTP port. It may consume its own outbound queue and
 * send to its own inbound queue — nothing else, so the queue a reply arrives on proves its sender.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerQueuePermissionsIT {

  /** The connection URL of docs/partners.md. */
  static final String URL = "tcp://localhost:8080?httpUpgradeEnabled=true&enable1xPrefixes=true";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aPartnerConsumesItsOwnQueueAndRepliesOnItsOwnInboundQueue() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext partner = factory.createContext("getui", "demo", JMSContext.AUTO_ACKNOWLEDGE)) {
      // Allowed: consuming its own queue (which may hold notices from other tests; they are left
      // there). Refused consumers throw at creation, see the next test.
      try (JMSConsumer own =
          partner.createConsumer(partner.createQueue("partner.getui.outbound"))) {
        assertThat(own.getMessageSelector()).isNull();
      }
      partner
          .createProducer()
          .send(
              partner.createQueue("partner.getui.inbound"),
              "{\"type\":\"ack\",\"version\":1,\"messageId\":\"it-probe\"}");
    }
  }

  @Test
  void aPartnerCannotConsumeAnotherPartnersQueueNorAnyInboundQueue() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext partner = factory.createContext("getui", "demo", JMSContext.AUTO_ACKNOWLEDGE)) {
      assertThatThrownBy(() -> partner.createConsumer(partner.createQueue("partner.sms.outbound")))
          .isInstanceOf(JMSSecurityRuntimeException.class);
      assertThatThrownBy(() -> partner.createConsumer(partner.createQueue("partner.getui.inbound")))
          .isInstanceOf(JMSSecurityRuntimeException.class);
    }
  }

  @Test
  void aPartnerCannotSendToAnotherPartnersQueues() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext partner = factory.createContext("sms", "demo", JMSContext.AUTO_ACKNOWLEDGE)) {
      assertThatThrownBy(
              () ->
                  partner
                      .createProducer()
                      .send(partner.createQueue("partner.getui.outbound"), "{\"type\":\"spoof\"}"))
          .isInstanceOf(JMSRuntimeException.class);
      // PTN-4: replying in another partner's name on its inbound queue is refused by the broker.
      assertThatThrownBy(
              () ->
                  partner
                      .createProducer()
                      .send(
                          partner.createQueue("partner.getui.inbound"),
                          "{\"messageId\":\"x\",\"status\":\"ACKNOWLEDGED\"}"))
          .isInstanceOf(JMSRuntimeException.class);
      // The shared reply queue that trusted a claimed "partner" property is gone.
      assertThatThrownBy(
              () ->
                  partner
                      .createProducer()
                      .send(
                          partner.createQueue("partner.inbound"),
                          "{\"messageId\":\"x\",\"status\":\"ACKNOWLEDGED\"}"))
          .isInstanceOf(JMSRuntimeException.class);
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL)) {
      assertThatThrownBy(
              () -> factory.createContext("getui", "wrong", JMSContext.AUTO_ACKNOWLEDGE).close())
          .isInstanceOf(JMSSecurityRuntimeException.class);
    }
  }
}
