package com.meike.privacy.incidents.domain.complaint;

/**
 * Seals the free text of a complaint at rest and opens it again (DATA-3): the complaint, the
 * answer, the notes of its history (questions, replies, reasons) and attachment names hold personal
 * data. The key stays outside the domain; the application hands a seal to every complaint it files
 * or loads, bound to that complaint: a value opens only as the column it was sealed for ({@code
 * table.column}) of the complaint it was sealed for.
 */
public interface TextSeal {

  String TEXT = "complaint.text";
  String ANSWER = "complaint.answer";
  String NOTE = "complaint_entry.note";
  String ATTACHMENT_NAME = "complaint_attachment.sealed_name";

  String seal(String column, String plaintext);

  String open(String column, String sealed);
}
