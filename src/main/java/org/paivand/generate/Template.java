package org.paivand.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of generator material split at its slots: {@code {C1}} {@code {C2}} {@code {C3}} (countries), {@code {P1}}
 * {@code {P2}} (people), {@code {L1}} (places), {@code {O1}} (organizations), {@code {N}} (a number) and {@code {W}} (a
 * weekday). {@code planted} lists the entities a trap line holds by itself ({@code آذربایجان شرقی} is the province).
 */
record Template(List<String> literals, List<String> slots, List<String> planted) {
  static final String NUMBER = "N";
  static final String WEEKDAY = "W";

  static Template parse(String text, List<String> planted) {
    List<String> literals = new ArrayList<>();
    List<String> slots = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = text.indexOf('{', from);
      if (open < 0) {
        literals.add(text.substring(from));
        break;
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed slot in: " + text);
      }
      String slot = text.substring(open + 1, close);
      if (!slot.matches("[CPLO][1-3]|N|W")) {
        throw new IllegalArgumentException("unknown slot {" + slot + "} in: " + text);
      }
      literals.add(text.substring(from, open));
      slots.add(slot);
      from = close + 1;
    }
    return new Template(List.copyOf(literals), List.copyOf(slots), List.copyOf(planted));
  }

  /** How many distinct entities of kind {@code kind} (C, P, L, O) this template needs. */
  int needs(char kind) {
    int highest = 0;
    for (String slot : slots) {
      if (slot.charAt(0) == kind && slot.length() == 2) {
        highest = Math.max(highest, slot.charAt(1) - '0');
      }
    }
    return highest;
  }
}
