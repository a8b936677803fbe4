package org.paivand.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityPairTest {
  @Test
  void orderedByCodePoint() {
    assertEquals(new EntityPair("IR", "RU"), EntityPair.parse("RU,IR"));
    assertEquals("AM,AZ", EntityPair.parse(" AZ , AM ").toString());
    assertEquals("IR", new EntityPair("karabakh", "IR").a()); // upper case before lower case
  }

  @Test
  void refusesWhatIsNotAPair() {
    for (String text : new String[] {"IR", "IR,", ",RU", "IR,RU,AM", "IR,IR", ""}) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> EntityPair.parse(text));
      assertTrue(error.getMessage().contains("pair"), error.getMessage());
    }
  }
}
