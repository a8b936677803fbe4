package org.paivand.text;

import java.util.Arrays;

/**
 * What duplicate detection knows of a text, computed from its {@link NormalizedText}: the text's words (maximal runs
 * of {@link WordCharacters word characters}, so spacing, punctuation, quotes, case, diacritics and the Persian/Arabic
 * letter variants the normalizer folds make no difference), and from them
 *
 * <ul>
 *   <li>the <b>content hash</b>: MurmurHash3 x64 128-bit over the words joined by one space, as UTF-16LE. Two texts
 *       with the same words in the same order have the same hash; two different ones collide with probability about
 *       2<sup>-128</sup>, so an exact-duplicate test needs no second look at the texts. A text without any word has no
 *       content hash ({@link #hasWords()} is false): punctuation alone does not make two articles copies.
 *   <li>the <b>shingles</b> (only when asked): every run of {@link #SHINGLE_WORDS} consecutive words, hashed to
 *       {@link #SHINGLE_BITS} bits, sorted and distinct. A text with fewer words has one shingle of all its words.
 *       The Jaccard similarity of two shingle sets ({@link #jaccard}) is what near-duplicate detection thresholds:
 *       changing one word in a text of n words changes at most 5 of its n − 4 shingles.
 * </ul>
 *
 * <p>One instance per thread (per Spark partition): the buffers are reused, so fingerprinting a text allocates
 * only the returned shingle array, never an object per word or character.
 */
public final class TextFingerprint {
  /** Words per shingle: long enough that unrelated news texts share few, short enough that one edit costs few. */
  public static final int SHINGLE_WORDS = 5;
  /** Shingle hashes are below 2^30, which keeps them valid indices of MinHashLSH's vectors (below its prime). */
  public static final int SHINGLE_BITS = 30;
  public static final int SHINGLE_SPACE = 1 << SHINGLE_BITS;
  private static final char WORD_SEPARATOR = ' ';

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final int[] NO_SHINGLES = new int[0];

  private final long[] window = new long[SHINGLE_WORDS];
  private int[] shingles = new int[256];
  private int shingleCount;
  private int words;
  // MurmurHash3 x64 128 state, fed one UTF-16 unit at a time, 8 units (16 bytes) per block
  private long h1;
  private long h2;
  private long k1;
  private long k2;
  private int pending;
  private long bytes;

  /** Fingerprints the first {@code text.length()} normalized characters; shingles only when {@code withShingles}. */
  public void fingerprint(NormalizedText text, boolean withShingles) {
    h1 = 0;
    h2 = 0;
    k1 = 0;
    k2 = 0;
    pending = 0;
    bytes = 0;
    words = 0;
    shingleCount = 0;
    char[] chars = text.chars();
    int length = text.length();
    int i = 0;
    while (i < length) {
      while (i < length && !WordCharacters.isWordCharacter(chars[i])) {
        i++;
      }
      if (i == length) {
        break;
      }
      if (words > 0) {
        feed(WORD_SEPARATOR);
      }
      if (withShingles) {
        long wordHash = FNV_OFFSET;
        while (i < length && WordCharacters.isWordCharacter(chars[i])) {
          feed(chars[i]);
          wordHash = (wordHash ^ chars[i]) * FNV_PRIME;
          i++;
        }
        window[words % SHINGLE_WORDS] = wordHash;
      } else {
        while (i < length && WordCharacters.isWordCharacter(chars[i])) {
          feed(chars[i]);
          i++;
        }
      }
      words++;
      if (withShingles && words >= SHINGLE_WORDS) {
        addShingle(SHINGLE_WORDS);
      }
    }
    if (withShingles && words > 0 && words < SHINGLE_WORDS) {
      addShingle(words);
    }
    finish();
  }

  public boolean hasWords() {
    return words > 0;
  }

  public int wordCount() {
    return words;
  }

  /** High 64 bits of the content hash of the last text (first 8 bytes of MurmurHash3 x64 128, little-endian). */
  public long contentHashHigh() {
    return h1;
  }

  /** Low 64 bits of the content hash. */
  public long contentHashLow() {
    return h2;
  }

  /** The shingles of the last text, sorted and distinct, each in [0, {@link #SHINGLE_SPACE}); a new array. */
  public int[] shingles() {
    if (shingleCount == 0) {
      return NO_SHINGLES;
    }
    Arrays.sort(shingles, 0, shingleCount);
    int distinct = 1;
    for (int k = 1; k < shingleCount; k++) {
      if (shingles[k] != shingles[distinct - 1]) {
        shingles[distinct++] = shingles[k];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  /**
   * Jaccard similarity |a ∩ b| / |a ∪ b| of two sorted, distinct arrays; 0 when both are empty. Divided as doubles, so
   * that 9 shared of 10 compares equal to the threshold {@code 0.9} (IEEE division rounds correctly).
   */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  /** The shingle of the last {@code size} words (the window holds them in a ring), order-sensitive. */
  private void addShingle(int size) {
    long hash = 0;
    for (int k = words - size; k < words; k++) {
      hash = fmix64(hash * 31 + window[k % SHINGLE_WORDS]);
    }
    if (shingleCount == shingles.length) {
      shingles = Arrays.copyOf(shingles, shingles.length * 2);
    }
    shingles[shingleCount++] = (int) (hash >>> (64 - SHINGLE_BITS));
  }

  private void feed(char c) {
    // units fill k1 then k2, little-endian, as MurmurHash3 reads 16-byte blocks of UTF-16LE
    if (pending < 4) {
      k1 |= (long) c << (pending << 4);
    } else {
      k2 |= (long) c << ((pending - 4) << 4);
    }
    if (++pending == 8) {
      mixBlock();
      k1 = 0;
      k2 = 0;
      pending = 0;
      bytes += 16;
    }
  }

  private void mixBlock() {
    h1 ^= mixK1(k1);
    h1 = Long.rotateLeft(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    h2 ^= mixK2(k2);
    h2 = Long.rotateLeft(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }

  private void finish() {
    if (pending > 0) {
      h1 ^= mixK1(k1);
      h2 ^= mixK2(k2);
    }
    h1 ^= bytes + 2L * pending;
    h2 ^= bytes + 2L * pending;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
  }

  private static long mixK1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mixK2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
