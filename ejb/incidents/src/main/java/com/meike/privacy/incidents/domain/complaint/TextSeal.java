package com.meike.privacy.incidents.domain.complaint;

/**
 * Seals the free text of a complaint at rest and opens it again (DATA-3): the complaint, the
 * answer, the notes of its history (questions, replies, reasons) and attachment names hold
 * personal data. The key stays outside the domain; the application hands a seal to every
 * complaint it files or loads.
 */
public interface TextSeal {

  String seal(String plaintext);

  String open(String sealed);

  /** Attachments: the same key over bytes. */
  byte[] sealBytes(byte[] content);

  byte[] openBytes(byte[] sealed);
}
