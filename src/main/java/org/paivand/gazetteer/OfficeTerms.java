package org.paivand.gazetteer;

import java.util.List;

/**
 * The offices a role phrase names and who held each office of each country on which days: the data behind role
 * mentions ({@code وزیر امور خارجه روسیه}, {@code the Russian foreign minister}), loaded with the gazetteer from
 * {@code offices.tsv} and {@code terms.tsv} (docs/gazetteer.md, "Roles"). Immutable, as plain arrays: the role finder
 * of {@code org.paivand.roles} reads them for every country mention without allocating.
 *
 * <ul>
 *   <li>A <b>head</b> is one normalized phrase naming an office in one language, singular ({@code وزیر خارجه},
 *       {@code foreign minister}) or plural ({@code وزرای خارجه}, {@code foreign ministers}), for any country or for
 *       one ({@code secretary of state}: the US only; a head valid for several countries is one head per country).
 *   <li>A <b>term</b>: the person who held an office of a country from a first to a last day, both inclusive (epoch
 *       days; the last day {@link #OPEN} while in office), with the source the dates were taken from. The terms of one
 *       (country, office) never overlap, so a day has at most one holder.
 * </ul>
 */
public final class OfficeTerms {
  /** The last day of a term still running. */
  public static final int OPEN = Integer.MAX_VALUE;
  /** A head valid for every country. */
  public static final int ANY_COUNTRY = -1;
  static final OfficeTerms NONE = new OfficeTerms(new String[0], List.of(), List.of(), 0);

  /** One head as loaded: {@code country} is an entity index or {@link #ANY_COUNTRY}. */
  record Head(String text, int office, boolean plural, boolean persian, int country) {}

  /** One term as loaded: entity indexes, epoch days, and where the line is ({@code terms.tsv:12}). */
  public record Term(int country, int office, int person, int from, int to, String source, String line) {}

  private final String[] offices;
  private final String[] headText;
  private final int[] headOffice;
  private final boolean[] headPlural;
  private final boolean[] headPersian;
  private final int[] headCountry;
  private final List<Term> terms;
  private final int[] termFrom;
  private final int[] termTo;
  private final int[] termPerson;
  /** Terms sorted by (country, office, from); those of (country, office) are {@code [first[k], first[k + 1])}. */
  private final int[] first;

  OfficeTerms(String[] offices, List<Head> heads, List<Term> sortedTerms, int entityCount) {
    this.offices = offices.clone();
    int count = heads.size();
    headText = new String[count];
    headOffice = new int[count];
    headPlural = new boolean[count];
    headPersian = new boolean[count];
    headCountry = new int[count];
    for (int i = 0; i < count; i++) {
      Head head = heads.get(i);
      headText[i] = head.text();
      headOffice[i] = head.office();
      headPlural[i] = head.plural();
      headPersian[i] = head.persian();
      headCountry[i] = head.country();
    }
    terms = List.copyOf(sortedTerms);
    termFrom = new int[terms.size()];
    termTo = new int[terms.size()];
    termPerson = new int[terms.size()];
    first = new int[entityCount * this.offices.length + 1];
    int k = 0;
    for (int slot = 0; slot < entityCount * this.offices.length; slot++) {
      first[slot] = k;
      while (k < terms.size() && slotOf(terms.get(k)) == slot) {
        k++;
      }
    }
    first[first.length - 1] = k;
    for (int t = 0; t < terms.size(); t++) {
      termFrom[t] = terms.get(t).from();
      termTo[t] = terms.get(t).to();
      termPerson[t] = terms.get(t).person();
    }
  }

  private int slotOf(Term term) {
    return term.country() * offices.length + term.office();
  }

  public int officeCount() {
    return offices.length;
  }

  /** The office's id: {@code president}, {@code prime-minister}, {@code foreign-minister}, {@code supreme-leader}. */
  public String office(int office) {
    return offices[office];
  }

  public int headCount() {
    return headText.length;
  }

  /** The head's normalized text ({@code وزیر امور خارجه}, {@code prime minister}). */
  public String headText(int head) {
    return headText[head];
  }

  public int headOffice(int head) {
    return headOffice[head];
  }

  public boolean headPlural(int head) {
    return headPlural[head];
  }

  public boolean headPersian(int head) {
    return headPersian[head];
  }

  /** The one country the head names an office of, or {@link #ANY_COUNTRY}. */
  public int headCountry(int head) {
    return headCountry[head];
  }

  /** The term of whoever held {@code office} of {@code country} (entity index) on {@code day}, or -1; no allocation. */
  public int holderTerm(int country, int office, int day) {
    int slot = country * offices.length + office;
    if (slot < 0 || slot + 1 >= first.length) {
      return -1;
    }
    for (int t = first[slot]; t < first[slot + 1]; t++) {
      if (termFrom[t] <= day && day <= termTo[t]) {
        return t;
      }
    }
    return -1;
  }

  /** The entity index of the term's holder. */
  public int termPerson(int term) {
    return termPerson[term];
  }

  public Term term(int term) {
    return terms.get(term);
  }

  /** Every term, sorted by country, office and first day. */
  public List<Term> terms() {
    return terms;
  }
}
