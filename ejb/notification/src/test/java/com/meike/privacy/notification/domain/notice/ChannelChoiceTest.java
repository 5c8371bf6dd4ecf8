package com.meike.privacy.notification.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.notification.domain.notice.ChannelChoice.DeviceAddress;
import com.meike.privacy.notification.domain.notice.ChannelChoice.Recipient;
import com.meike.privacy.notification.domain.template.TemplateChannel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelChoiceTest {

  static final Optional<DeviceAddress> HUAWEI =
      Optional.of(new DeviceAddress("huawei-push", "tok-1"));
  static final Optional<String> PHONE = Optional.of("+8613812345678");

  static Optional<Route> push(Recipient recipient) {
    return ChannelChoice.choose(TemplateChannel.PUSH, recipient, "getui", true);
  }

  @Test
  void aPushNoticeGoesToTheRegisteredDevicesPushService() {
    assertThat(push(new Recipient("u-1", HUAWEI, PHONE, Optional.empty())))
        .contains(new Route(Channel.PUSH, "huawei-push", "tok-1"));
  }

  @Test
  void withoutADeviceAPushNoticeGoesBySms() {
    assertThat(push(new Recipient("u-1", Optional.empty(), PHONE, Optional.empty())))
        .contains(new Route(Channel.SMS, "sms", "+8613812345678"));
  }

  @Test
  void withNeitherDeviceNorPhoneItGoesToTheAccountAliasOnTheDefaultPushService() {
    assertThat(push(new Recipient("u-1", Optional.empty(), Optional.empty(), Optional.empty())))
        .contains(new Route(Channel.PUSH, "getui", null));
    assertThat(push(new Recipient(null, Optional.empty(), Optional.empty(), Optional.empty())))
        .isEmpty();
  }

  @Test
  void smsAndEmailTemplatesUseOnlyTheirChannel() {
    Recipient everything = new Recipient("u-1", HUAWEI, PHONE, Optional.of("a@example.com"));
    assertThat(ChannelChoice.choose(TemplateChannel.SMS, everything, "getui", true))
        .contains(new Route(Channel.SMS, "sms", "+8613812345678"));
    assertThat(ChannelChoice.choose(TemplateChannel.EMAIL, everything, "getui", true))
        .contains(new Route(Channel.EMAIL, "email", "a@example.com"));
    Recipient deviceOnly = new Recipient("u-1", HUAWEI, Optional.empty(), Optional.empty());
    assertThat(ChannelChoice.choose(TemplateChannel.SMS, deviceOnly, "getui", true)).isEmpty();
    assertThat(ChannelChoice.choose(TemplateChannel.EMAIL, deviceOnly, "getui", true)).isEmpty();
  }
}
