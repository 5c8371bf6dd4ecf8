package com.meike.privacy.rights.application;

/**
 * What a request says: its {@code kind} (ACCESS, CORRECTION, DELETION, CANCELLATION, EXPLANATION),
 * for a deletion its {@code deletionGround}, free {@code details} (what to correct, which decision
 * to explain; sealed at rest), and {@code subject} — the account it is about: omitted by a person
 * for themselves, a child's account id for a guardian, required when customer service registers
 * one.
 */
public record RequestFiling(String kind, String deletionGround, String details, String subject) {

  @Override
  public String toString() {
    return "RequestFiling[kind="
        + kind
        + ", deletionGround="
        + deletionGround
        + ", subject="
        + subject
        + ", details=…]";
  }
}
