package org.paivand.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.paivand.gazetteer.MatchChecks.lines;
import static org.paivand.gazetteer.MatchChecks.mentions;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Files given with --gazetteer on top of the standard gazetteer: new entities, added and removed names, overrides. */
class GazetteerFilesTest {

  private static Gazetteer with(String... lines) {
    return Gazetteer.withFiles(List.of(new GazetteerSource("mine.tsv", lines(lines))));
  }

  @Test
  void newEntityWithAParent() {
    Gazetteer gazetteer = with("shiraz;city;IR;شیراز;shiraz");
    assertEquals(List.of("IR ایران", "shiraz شیراز"), mentions(gazetteer, "ایران و شیراز"));
    assertEquals("IR", gazetteer.entity(gazetteer.indexOf("shiraz")).parent());
  }

  @Test
  void namesAddToAnExistingEntity() {
    Gazetteer gazetteer = with("zarif;person;-;ظریف‌زاده");
    assertEquals(List.of("zarif ظریف‌زاده", "zarif ظریف"), mentions(gazetteer, "ظریف‌زاده و ظریف"));
    assertEquals("IR", gazetteer.entity(gazetteer.indexOf("zarif")).parent()); // '-' keeps the parent
  }

  @Test
  void removeDropsAStandardName() {
    Gazetteer gazetteer = with("zarif;person;-;ظریف [remove]");
    assertEquals(List.of("zarif جواد ظریف"), mentions(gazetteer, "کار ظریف و جواد ظریف"));
  }

  @Test
  void aLaterFileTakesANameFromAnotherEntity() {
    Gazetteer gazetteer = with("paris-hilton;person;-;-;paris");
    assertEquals(List.of("paris-hilton paris"), mentions(gazetteer, "paris"));
    assertEquals(List.of(), Gazetteer.standard().aliasesOf("paris-hilton"));
  }

  @Test
  void aBlockInAFileHidesStandardNames() {
    Gazetteer gazetteer = with("-;block;-;-;chicken kiev");
    assertEquals(List.of(), mentions(gazetteer, "chicken kiev"));
    assertEquals(List.of("kyiv kiev"), mentions(Gazetteer.standard(), "chicken kiev"));
  }

  @Test
  void sameFilesGiveTheSameGazetteer() {
    List<GazetteerSource> files = List.of(new GazetteerSource("a.tsv", lines("shiraz;city;IR;شیراز")));
    assertSame(Gazetteer.withFiles(files), Gazetteer.withFiles(List.copyOf(files)));
    assertSame(Gazetteer.standard(), Gazetteer.withFiles(List.of()));
  }
}
