/**
 * Third-party login bindings (ID-5): an app account bound to a WeChat or Alipay account, made only
 * with the person's consent and keeping only the fields they consented to (nickname, avatar). The
 * external account id is kept as a keyed hash (one external account binds one app account) and as
 * ciphertext (DATA-3).
 */
package com.meike.privacy.identity.domain.external;
