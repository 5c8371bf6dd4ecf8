package com.meike.privacy.kernel.problem.archfixture;

/** ArchitectureTest's offender: a kind of refusal in the kernel that carries its HTTP status. */
public enum KindWithStatus {
  CONFLICT(409);

  private final int status;

  KindWithStatus(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
