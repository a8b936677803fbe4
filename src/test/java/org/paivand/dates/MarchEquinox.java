package org.paivand.dates;

import java.time.LocalDate;

/**
 * Nowruz by astronomy, independently of ICU: the Iranian calendar starts the year on the day of the March equinox
 * when the equinox falls before noon at the 52.5°E meridian (Iran Standard Time, UTC+03:30), else on the next day.
 * The equinox comes from Meeus, <i>Astronomical Algorithms</i> (2nd ed., ch. 27: mean equinox for years 1000-3000
 * plus the 24 periodic terms of table 27.C, about a minute of error in this era), and Terrestrial Time becomes
 * Universal Time with the Espenak-Meeus polynomials for ΔT. Years whose equinox is within a few minutes of noon are
 * where a wrong calendar would show, and where this computation itself is least sure: {@link #minutesFromNoon} says
 * how close each year is.
 */
final class MarchEquinox {
  private static final double[][] PERIODIC_TERMS = {
    {485, 324.96, 1934.136}, {203, 337.23, 32964.467}, {199, 342.08, 20.186}, {182, 27.85, 445267.112},
    {156, 73.14, 45036.886}, {136, 171.52, 22518.443}, {77, 222.54, 65928.934}, {74, 296.72, 3034.906},
    {70, 243.58, 9037.513}, {58, 119.81, 33718.147}, {52, 297.17, 150.678}, {50, 21.02, 2281.226},
    {45, 247.54, 29929.562}, {44, 325.15, 31555.956}, {29, 60.93, 4443.417}, {18, 155.12, 67555.328},
    {17, 288.79, 4562.452}, {16, 198.04, 62894.029}, {14, 199.76, 31436.921}, {12, 95.39, 14577.848},
    {12, 287.11, 31931.756}, {12, 320.81, 34777.259}, {9, 227.73, 1222.114}, {8, 15.45, 16859.074},
  };
  private static final double JULIAN_DAY_OF_UNIX_EPOCH = 2_440_587.5;
  private static final double IRAN_OFFSET_DAYS = 3.5 / 24;
  private static final double SECONDS_PER_DAY = 86_400;
  private static final double MINUTES_PER_DAY = 1_440;

  private MarchEquinox() {}

  /** The Gregorian date of 1 Farvardin of the Jalali year {@code jalaliYear}. */
  static LocalDate nowruz(int jalaliYear) {
    double local = iranTimeInDays(jalaliYear);
    long day = (long) Math.floor(local);
    return LocalDate.ofEpochDay(local - day < 0.5 ? day : day + 1);
  }

  /** Minutes from noon in Tehran to the equinox (negative: before noon, so that day is Nowruz). */
  static double minutesFromNoon(int jalaliYear) {
    double local = iranTimeInDays(jalaliYear);
    return (local - Math.floor(local) - 0.5) * MINUTES_PER_DAY;
  }

  /** The March equinox of the Gregorian year {@code jalaliYear + 621}, in days since 1970-01-01 at UTC+03:30. */
  private static double iranTimeInDays(int jalaliYear) {
    int year = jalaliYear + 621;
    double millennia = (year - 2000) / 1000.0;
    double meanEquinox = 2_451_623.80984 + 365_242.37404 * millennia + 0.05169 * Math.pow(millennia, 2)
        - 0.00411 * Math.pow(millennia, 3) - 0.00057 * Math.pow(millennia, 4);
    double centuries = (meanEquinox - 2_451_545.0) / 36_525;
    double w = Math.toRadians(35_999.373 * centuries - 2.47);
    double deltaLambda = 1 + 0.0334 * Math.cos(w) + 0.0007 * Math.cos(2 * w);
    double sum = 0;
    for (double[] term : PERIODIC_TERMS) {
      sum += term[0] * Math.cos(Math.toRadians(term[1] + term[2] * centuries));
    }
    double terrestrial = meanEquinox + 0.00001 * sum / deltaLambda;
    double universal = terrestrial - deltaTSeconds(year) / SECONDS_PER_DAY;
    return universal - JULIAN_DAY_OF_UNIX_EPOCH + IRAN_OFFSET_DAYS;
  }

  /** ΔT = TT - UT in seconds, Espenak and Meeus (NASA, 2006), for 1920-2150. */
  static double deltaTSeconds(double year) {
    double t;
    if (year < 1941) {
      t = year - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
      t = year - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
      t = year - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
      t = year - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
          + 0.00002373599 * Math.pow(t, 5);
    }
    if (year < 2050) {
      t = year - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }
}
