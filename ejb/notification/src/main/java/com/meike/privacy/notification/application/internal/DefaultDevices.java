package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.DeviceView;
import com.meike.privacy.notification.application.Devices;
import com.meike.privacy.notification.domain.device.Device;
import com.meike.privacy.notification.domain.device.DeviceRepository;
import com.meike.privacy.notification.domain.device.PushPlatform;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link Devices}: the token is sealed before it is stored and never shown or logged. */
@Stateless
@jakarta.validation.executable
    .ValidateOnExecution // or the server skips the interface's constraints
public class DefaultDevices implements Devices {

  public static final String DEVICE_KEY = "meike.notification.device-key";

  private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  private static final Pattern PUSH_TOKEN = Pattern.compile("[\\x21-\\x7e]{1,512}");

  @Inject DeviceRepository devices;

  /** Seals push tokens: a key of notification's own (DATA-3). */
  @Inject
  @Key(value = DEVICE_KEY, defaultId = "d1")
  FieldCipher tokens;

  @Inject AuditTrail auditTrail;
  @Inject com.meike.privacy.consent.application.ConsentCheck consent;
  @Inject Clock clock;

  @Override
  public DeviceView register(SubjectId person, String deviceId, String platform, String pushToken) {
    String subject = person.value();
    if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
      throw DomainException.invalid("deviceId", "1–128 letters, digits, '.', '_', ':' or '-'");
    }
    PushPlatform push =
        PushPlatform.of(platform)
            .orElseThrow(() -> DomainException.invalid("platform", "must be getui or huawei-push"));
    if (pushToken == null || !PUSH_TOKEN.matcher(pushToken).matches()) {
      throw DomainException.invalid("pushToken", "1–512 printable characters without spaces");
    }
    // A device id and push token alone identify nobody; joined with this person they are personal
    // information for as long as they are joined (DATA-2): the consent service is asked as for any
    // other use, and the row is exported, erased and retained with the person's data.
    var decision = consent.may(person, PurposeCode.of(NotificationPersonalData.PUSH_PURPOSE));
    if (!decision.allowed()) {
      throw com.meike.privacy.kernel.problem.DomainException.forbidden(
          "registering a device joins its identifiers with you, which needs consent to "
              + NotificationPersonalData.PUSH_PURPOSE
              + " ("
              + decision.reason()
              + ") — 设备信息与个人关联须经同意");
    }
    Instant now = clock.instant();
    String sealed = tokens.seal(pushToken, tokenBinding(subject, deviceId));
    Optional<Device> known = devices.find(subject, deviceId);
    Device device;
    if (known.isPresent()) {
      device = known.get();
      device.reregister(push, sealed, now);
    } else {
      device = new Device(subject, deviceId, push, sealed, now);
      devices.store(device);
    }
    auditTrail.record(
        new AuditEvent(
            subject,
            "notification.device-registered",
            "device",
            deviceId,
            "push via " + push.partner()));
    return view(device);
  }

  @Override
  public List<DeviceView> devices(SubjectId subject) {
    return devices.forSubject(subject.value()).stream().map(DefaultDevices::view).toList();
  }

  static DeviceView view(Device device) {
    return new DeviceView(
        device.deviceId(), device.platform().partner(), device.registeredAt(), device.updatedAt());
  }

  /**
   * Where a push token is sealed: the device's row, named by its person and device id (known before
   * its id).
   */
  static SealBinding tokenBinding(String subject, String deviceId) {
    return SealBinding.of("notification_device", "push_token_ciphertext", subject + "/" + deviceId);
  }
}
