package org.paivand.roles;

import java.util.Arrays;

/**
 * The role mentions found in one text, as reusable parallel int arrays sorted by start: the holder (a person's entity
 * index), the [start, end) span of the whole role phrase in normalized offsets (the country mention inside it stays a
 * mention of its own), and the term that resolved it (an index into {@code OfficeTerms}, for explanations).
 */
public final class RoleMentions {
  int[] persons = new int[8];
  int[] starts = new int[8];
  int[] ends = new int[8];
  int[] terms = new int[8];
  int count;

  public int count() {
    return count;
  }

  public int person(int role) {
    return persons[role];
  }

  public int start(int role) {
    return starts[role];
  }

  public int end(int role) {
    return ends[role];
  }

  public int term(int role) {
    return terms[role];
  }

  void clear() {
    count = 0;
  }

  /** Adds in start order (insertion from the back: roles arrive almost sorted, and an article has few). */
  void add(int person, int start, int end, int term) {
    if (count == persons.length) {
      int size = count * 2;
      persons = Arrays.copyOf(persons, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      terms = Arrays.copyOf(terms, size);
    }
    int i = count;
    while (i > 0 && starts[i - 1] > start) {
      persons[i] = persons[i - 1];
      starts[i] = starts[i - 1];
      ends[i] = ends[i - 1];
      terms[i] = terms[i - 1];
      i--;
    }
    persons[i] = person;
    starts[i] = start;
    ends[i] = end;
    terms[i] = term;
    count++;
  }
}
