package org.paivand.output;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id of one run ({@code 20241006T221500-3f2a1}): its start in UTC to the second, then a random suffix so that two
 * runs started in the same second do not share staging directories. It names staging and pending directories, the
 * lock's owner and {@code _run.json}'s {@code run_id}.
 */
public final class RunId {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

  private RunId() {}

  public static String of(Instant started) {
    return SECONDS.format(started) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
  }
}
