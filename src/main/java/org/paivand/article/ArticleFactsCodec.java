package org.paivand.article;

import java.util.Arrays;

/**
 * {@link ArticleFacts} as bytes, for the {@code facts} column of the rows a run caches between the text pass and the
 * counting and of the nightly state. The entity list itself is not in the bytes: a run keeps it as gazetteer indexes,
 * the nightly state as ids, in a column beside them.
 *
 * <p>The layout, every number an unsigned LEB128 varint (7 bits a byte, high bit set on all bytes but the last), and
 * deltas zigzag-encoded so that a negative one stays short:
 *
 * <ol>
 *   <li>{@link #FORMAT} (one byte), then the number of entities {@code n} and each entity's mention count;
 *   <li>the number of sentence pairs, then per pair its first position, second minus first, and sentences;
 *   <li>the number of mentions, then per mention its entity position, its sentence minus the previous mention's, its
 *       start minus the previous mention's start, and its length.
 * </ol>
 *
 * <p>Hand-written rather than taken from a serialization library: a varint loop is a dozen lines, and the deltas are
 * what make a mention cost 4 to 5 bytes instead of 16 (measured on the demo corpus: 19 bytes an article on average
 * where fixed-width ints took 77), which is what lets a million articles stay in the executors' memory.
 */
public final class ArticleFactsCodec {
  /** The first byte of every encoding; a reader refuses another. */
  public static final byte FORMAT = 1;

  private byte[] buffer = new byte[256];
  private int length;
  private int offset;
  private byte[] input;

  /** The facts as a new array of exactly their length. */
  public byte[] encode(ArticleFacts facts) {
    length = 0;
    ensure(1);
    buffer[length++] = FORMAT;
    int entities = facts.entityCount();
    write(entities);
    for (int k = 0; k < entities; k++) {
      write(facts.entityMentions(k));
    }
    int pairs = facts.sentencePairCount();
    write(pairs);
    for (int p = 0; p < pairs; p++) {
      write(facts.pairFirst(p));
      write(facts.pairSecond(p) - facts.pairFirst(p));
      write(facts.pairSentences(p));
    }
    int mentions = facts.mentionCount();
    write(mentions);
    int sentence = 0;
    int start = 0;
    for (int m = 0; m < mentions; m++) {
      write(facts.mentionEntity(m));
      write(zigzag(facts.mentionSentence(m) - sentence));
      write(zigzag(facts.mentionStart(m) - start));
      write(facts.mentionEnd(m) - facts.mentionStart(m));
      sentence = facts.mentionSentence(m);
      start = facts.mentionStart(m);
    }
    return Arrays.copyOf(buffer, length);
  }

  /**
   * Overwrites {@code facts} with the encoded ones. The entity indexes are left for the caller to set from its entity
   * column ({@link ArticleFacts#setEntity}); their number is returned so it can check the column has as many.
   */
  public int decode(byte[] bytes, ArticleFacts facts) {
    input = bytes;
    offset = 0;
    if (bytes.length == 0 || bytes[offset++] != FORMAT) {
      throw new IllegalArgumentException("not article facts of format " + FORMAT + ": first byte "
          + (bytes.length == 0 ? "missing" : String.valueOf(bytes[0])));
    }
    int entities = read();
    facts.resetEntities(entities);
    for (int k = 0; k < entities; k++) {
      facts.setEntity(k, -1);
      facts.setEntityMentions(k, read());
    }
    int pairs = read();
    facts.resetPairs(pairs);
    for (int p = 0; p < pairs; p++) {
      int first = read();
      int second = first + read();
      facts.setPair(p, first, second, read());
    }
    int mentions = read();
    facts.resetMentions(mentions);
    int sentence = 0;
    int start = 0;
    for (int m = 0; m < mentions; m++) {
      int entity = read();
      sentence += unzigzag(read());
      start += unzigzag(read());
      facts.setMention(m, entity, sentence, start, start + read());
    }
    if (offset != bytes.length) {
      throw new IllegalArgumentException("article facts: " + (bytes.length - offset) + " bytes after the end");
    }
    input = null;
    return entities;
  }

  private void write(int value) {
    ensure(5);
    while ((value & ~0x7F) != 0) {
      buffer[length++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buffer[length++] = (byte) value;
  }

  private int read() {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (offset >= input.length) {
        throw new IllegalArgumentException("article facts cut short at byte " + offset);
      }
      byte b = input[offset++];
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("article facts: a number longer than 5 bytes at byte " + offset);
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(length + more, buffer.length * 2));
    }
  }

  private static int zigzag(int value) {
    return (value << 1) ^ (value >> 31);
  }

  private static int unzigzag(int value) {
    return (value >>> 1) ^ -(value & 1);
  }
}
