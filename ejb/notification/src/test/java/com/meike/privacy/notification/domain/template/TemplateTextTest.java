package com.meike.privacy.notification.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  @Test
  void fillsEveryPlaceholderAndLeavesOtherBracesAndDollarsAlone() {
    assertThat(TemplateText.render("您的验证码为{code}，{code}。价格 $1 {不是参数}", Map.of("code", "493027")))
        .isEqualTo("您的验证码为493027，493027。价格 $1 {不是参数}");
    assertThat(TemplateText.render("{a}{b}", Map.of("a", true, "b", 3))).isEqualTo("true3");
  }

  @Test
  void aPlaceholderWithoutAValueIsNamed() {
    assertThatThrownBy(() -> TemplateText.render("编号{complaintNumber}", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complaintNumber");
  }
}
