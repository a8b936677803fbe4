package org.paivand.gazetteer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over the normalized aliases, compiled to a dense transition table: characters map to a
 * small alphabet ({@code classOf}, class 0 for every character no alias uses), and {@code next[state * alphabetSize +
 * class]} is the state after reading it, failure links already folded in. Each state lists, in {@code outputs}, every
 * alias that ends there (its own and those reached through failure links), so the scan is one table look-up per
 * character and a hit test. Immutable once built; shared by all matchers of a gazetteer.
 */
final class AliasAutomaton {
  final char[] classOf = new char[Character.MAX_VALUE + 1];
  final int alphabetSize;
  final int[] next;
  final int[] outputStart;
  final int[] outputs;
  final int states;

  AliasAutomaton(List<String> aliases) {
    int classes = 1;
    for (String alias : aliases) {
      for (int i = 0; i < alias.length(); i++) {
        char c = alias.charAt(i);
        if (classOf[c] == 0) {
          classOf[c] = (char) classes++;
        }
      }
    }
    alphabetSize = classes;

    List<Map<Character, Integer>> children = new ArrayList<>();
    List<List<Integer>> own = new ArrayList<>();
    children.add(new HashMap<>());
    own.add(new ArrayList<>());
    for (int a = 0; a < aliases.size(); a++) {
      String alias = aliases.get(a);
      int state = 0;
      for (int i = 0; i < alias.length(); i++) {
        char symbol = classOf[alias.charAt(i)];
        Integer child = children.get(state).get(symbol);
        if (child == null) {
          child = children.size();
          children.get(state).put(symbol, child);
          children.add(new HashMap<>());
          own.add(new ArrayList<>());
        }
        state = child;
      }
      own.get(state).add(a);
    }
    states = children.size();
    next = new int[states * alphabetSize];
    int[] failure = new int[states];
    List<List<Integer>> all = new ArrayList<>(own);

    // Breadth-first, so a state's failure target is complete before the state itself.
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Character, Integer> edge : children.get(0).entrySet()) {
      next[edge.getKey()] = edge.getValue();
      queue.add(edge.getValue());
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      int fail = failure[state];
      if (!all.get(fail).isEmpty()) {
        List<Integer> merged = new ArrayList<>(all.get(state));
        merged.addAll(all.get(fail));
        all.set(state, merged);
      }
      for (int symbol = 1; symbol < alphabetSize; symbol++) {
        Integer child = children.get(state).get((char) symbol);
        if (child != null) {
          failure[child] = next[fail * alphabetSize + symbol];
          next[state * alphabetSize + symbol] = child;
          queue.add(child);
        } else {
          next[state * alphabetSize + symbol] = next[fail * alphabetSize + symbol];
        }
      }
    }

    outputStart = new int[states + 1];
    int total = 0;
    for (int s = 0; s < states; s++) {
      outputStart[s] = total;
      total += all.get(s).size();
    }
    outputStart[states] = total;
    outputs = new int[total];
    for (int s = 0; s < states; s++) {
      int k = outputStart[s];
      for (int alias : all.get(s)) {
        outputs[k++] = alias;
      }
    }
  }

}
