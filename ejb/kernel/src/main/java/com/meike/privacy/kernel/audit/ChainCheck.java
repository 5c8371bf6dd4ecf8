package com.meike.privacy.kernel.audit;

/**
 * Outcome of {@link HashChain#verify(Iterable)}. When {@code intact} is false, {@code
 * firstBrokenSequence} names the first stored entry whose sequence, link or hash does not fit and
 * {@code reason} is one of the {@code HashChain} reason constants. {@code entriesChecked} counts
 * the entries read, including the broken one.
 */
public record ChainCheck(
    boolean intact, long entriesChecked, Long firstBrokenSequence, String reason) {

  /** A chain of {@code entriesChecked} entries without a broken link. */
  public static ChainCheck intact(long entriesChecked) {
    return new ChainCheck(true, entriesChecked, null, null);
  }

  /** A chain broken at {@code sequence} for {@code reason}. */
  public static ChainCheck broken(long entriesChecked, long sequence, String reason) {
    return new ChainCheck(false, entriesChecked, sequence, reason);
  }
}
