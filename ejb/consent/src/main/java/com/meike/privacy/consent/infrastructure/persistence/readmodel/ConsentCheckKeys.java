package com.meike.privacy.consent.infrastructure.persistence.readmodel;

/**
 * The numeric primary key of the consent check's read model {@code consent_current} (CON-3, issue
 * 11): a 63-bit hash of the person and the purpose, so that a check is one primary-key read of a
 * number — on H2 a key of two strings is a secondary index in front of the row key, two B-tree
 * lookups per check. Computed here only, never in SQL.
 *
 * <p>The hash only decides where a row is looked for first, never the answer: a row also holds its
 * pair, the check compares it and reads by the pair when the row is another's or missing. A pair
 * whose hash is taken by another pair's row gets the next probe ({@code probe} 1, 2, …) when its
 * row is written; such a pair, and rows written before the key existed (negative keys, migration
 * V9_50), are found by the pair, one more lookup.
 */
public final class ConsentCheckKeys {

  /** Probes tried when a row is written; a pair whose every probe is taken cannot be stored. */
  public static final int PROBES = 8;

  private ConsentCheckKeys() {}

  /** The key the check looks for first: probe 0. */
  public static long key(String subjectId, String purposeCode) {
    return key(subjectId, purposeCode, 0);
  }

  /**
   * The key of {@code probe} for the pair: FNV-1a over the characters of both, with a separator and
   * the probe in the seed, finished with SplitMix64's mixer; never negative.
   */
  public static long key(String subjectId, String purposeCode, int probe) {
    long h = 0xcbf29ce484222325L ^ (probe * 0x9E3779B97F4A7C15L);
    for (int i = 0; i < subjectId.length(); i++) {
      h = (h ^ subjectId.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ 0x1F) * 0x100000001b3L;
    for (int i = 0; i < purposeCode.length(); i++) {
      h = (h ^ purposeCode.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h & Long.MAX_VALUE;
  }
}
