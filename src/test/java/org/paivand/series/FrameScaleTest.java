package org.paivand.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scaled frame holds exactly the periods at most length(g) back, for every granularity at once. */
class FrameScaleTest {
  @Test
  void scaledFrameHoldsExactlyTheLengthInPeriods() {
    Map<Granularity, Integer> lengths = new EnumMap<>(Granularity.class);
    lengths.put(Granularity.DAY, 6);
    lengths.put(Granularity.WEEK, 3);
    lengths.put(Granularity.MONTH, 2);
    lengths.put(Granularity.JALALI_WEEK, 0);
    lengths.put(Granularity.JALALI_MONTH, 4);
    FrameScale scale = FrameScale.of(lengths);
    assertEquals(12, scale.span());
    for (Granularity granularity : Granularity.values()) {
      for (long back = 0; back < 10; back++) {
        boolean inFrame = back * scale.multiplier(granularity) <= scale.span();
        assertEquals(back <= lengths.get(granularity), inFrame, granularity + " " + back + " back");
      }
    }
  }

  @Test
  void refusesHugeLengths() {
    assertThrows(IllegalArgumentException.class, () -> FrameScale.of(Map.of(Granularity.DAY, 1001)));
  }
}
