package com.meike.privacy.notification.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** An app user's devices that receive push notices; the push token is stored encrypted (DATA-3). */
@Local
public interface Devices {

  /**
   * Registers (or re-registers) {@code deviceId} of {@code subject} with push service {@code
   * platform} ({@code getui} or {@code huawei-push}) and its {@code pushToken}. Audited, without
   * the token.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code deviceId},
   *     {@code platform} or {@code pushToken} when missing or malformed
   */
  DeviceView register(
      @NotNull(message = "is required") @Valid SubjectId subject,
      String deviceId,
      String platform,
      String pushToken);

  /** The person's devices, most recently registered first. */
  List<DeviceView> devices(@NotNull(message = "is required") @Valid SubjectId subject);
}
