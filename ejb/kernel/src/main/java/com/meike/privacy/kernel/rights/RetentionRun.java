package com.meike.privacy.kernel.rights;

import java.util.function.IntUnaryOperator;

/**
 * One run of a retention job (RET-1): calls {@code batch} — one transaction of its own that deletes
 * or anonymises at most {@code size} due rows, audits them and returns how many — until a batch
 * finds fewer than {@code size}. Nothing is held between batches, so memory stays flat and a run
 * that stops (a crash, a redeploy) is resumed by the next one: what is due is found again by its
 * condition, what was done no longer matches it. Several nodes may run at once: a row done by one
 * no longer matches the other's condition (deletes and anonymisations are idempotent).
 */
public final class RetentionRun {

  private RetentionRun() {}

  /**
   * Runs batches of {@code size} until one falls short (at most {@code maxBatches}); the total
   * done.
   */
  public static long run(int size, int maxBatches, IntUnaryOperator batch) {
    if (size <= 0 || maxBatches <= 0) {
      throw new IllegalArgumentException("batch size and count must be positive");
    }
    long total = 0;
    for (int i = 0; i < maxBatches; i++) {
      int done = batch.applyAsInt(size);
      total += done;
      if (done < size) {
        break;
      }
    }
    return total;
  }
}
