package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
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
public class DefaultDevices implements Devices {

  private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  private static final Pattern PUSH_TOKEN = Pattern.compile("[\\x21-\\x7e]{1,512}");

  @Inject DeviceRepository devices;
  @Inject NotificationKeys keys;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public DeviceView register(String subject, String deviceId, String platform, String pushToken) {
    if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
      throw DomainException.invalid("deviceId", "1–128 letters, digits, '.', '_', ':' or '-'");
    }
    PushPlatform push = PushPlatform.of(platform)
        .orElseThrow(() -> DomainException.invalid("platform", "must be getui or huawei-push"));
    if (pushToken == null || !PUSH_TOKEN.matcher(pushToken).matches()) {
      throw DomainException.invalid("pushToken", "1–512 printable characters without spaces");
    }
    Instant now = clock.instant();
    String sealed = keys.devices().seal(pushToken);
    Optional<Device> known = devices.find(subject, deviceId);
    Device device;
    if (known.isPresent()) {
      device = known.get();
      device.reregister(push, sealed, now);
    } else {
      device = new Device(subject, deviceId, push, sealed, now);
      devices.store(device);
    }
    auditTrail.record(new AuditEvent(subject, "notification.device-registered", "device", deviceId,
        "push via " + push.partner()));
    return view(device);
  }

  @Override
  public List<DeviceView> devices(String subject) {
    return devices.forSubject(subject).stream().map(DefaultDevices::view).toList();
  }

  static DeviceView view(Device device) {
    return new DeviceView(device.deviceId(), device.platform().partner(), device.registeredAt(), device.updatedAt());
  }
}
