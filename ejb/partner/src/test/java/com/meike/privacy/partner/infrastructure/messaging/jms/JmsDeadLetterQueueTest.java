package com.meike.privacy.partner.infrastructure.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.partner.domain.outbox.DeadLetter;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JmsDeadLetterQueueTest {

  @Test
  void aPoisonMessageIsNamedByItsQueueAndMessageIdWithoutItsBody() throws JMSException {
    TextMessage message = mock(TextMessage.class);
    when(message.getJMSMessageID()).thenReturn("ID:1");
    when(message.getObjectProperty("_AMQ_ORIG_ADDRESS"))
        .thenReturn("jms.queue.partner.getui.outbound");
    when(message.getObjectProperty("_AMQ_DUPL_ID"))
        .thenReturn("8c0f5b1e-2b9d-3c47-a1e2-6f0d9b3c7a55");
    when(message.getJMSType()).thenReturn("push.notification");
    when(message.getJMSTimestamp()).thenReturn(1_000L);

    DeadLetter letter = JmsDeadLetterQueue.describe(message);

    assertThat(letter)
        .isEqualTo(
            new DeadLetter(
                "ID:1",
                "partner.getui.outbound",
                "8c0f5b1e-2b9d-3c47-a1e2-6f0d9b3c7a55",
                "push.notification",
                null,
                null,
                null,
                Instant.ofEpochMilli(1_000)));
  }

  @Test
  void withoutADuplicateIdTheEnvelopeNamesTheMessage() throws JMSException {
    TextMessage message = mock(TextMessage.class);
    when(message.getObjectProperty("_AMQ_ORIG_ADDRESS"))
        .thenReturn("jms.queue.partner.sms.outbound");
    when(message.getText())
        .thenReturn(
            "{\"type\":\"sms.x\",\"messageId\":\"m-1\",\"payload\":{\"phone\":\"+8613812345678\"}}");

    DeadLetter letter = JmsDeadLetterQueue.describe(message);

    assertThat(letter.messageId()).isEqualTo("m-1");
    assertThat(letter.toString()).doesNotContain("+8613812345678");
  }

  @Test
  void aRefusedReplyCarriesItsReasonAndRejectionAndCameFromThePartnersInboundQueue()
      throws JMSException {
    TextMessage message = mock(TextMessage.class);
    when(message.getObjectProperty("meike_rejection_reason")).thenReturn("unknown messageId");
    when(message.getObjectProperty("meike_rejection_id")).thenReturn("r-1");
    when(message.getObjectProperty("partner")).thenReturn("sms");
    when(message.getObjectProperty("_AMQ_DUPL_ID")).thenReturn("d-1");

    DeadLetter letter = JmsDeadLetterQueue.describe(message);

    assertThat(letter.originalQueue()).isEqualTo("partner.sms.inbound");
    assertThat(letter.rejectionReason()).isEqualTo("unknown messageId");
    assertThat(letter.rejectionId()).isEqualTo("r-1");
    assertThat(letter.partner()).isEqualTo("sms");
    assertThat(letter.messageId()).isNull();
    assertThat(letter.since()).isNull();
  }
}
