package org.paivand.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paivand.errors.OptionErrors;
import org.paivand.spark.timeseries.PartnersRanking;
import org.paivand.spark.timeseries.TimeSeriesQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paivand partners}: the entities most associated with one entity, ranked by NPMI (see {@link PartnersRanking}). */
@Command(name = "partners", description = "List the entities most associated with one entity, ranked by NPMI.")
public final class PartnersCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("partner", "pair_articles", "entity_articles", "partner_articles",
      "total_articles", "npmi", "pmi", "llr", "jaccard");

  @Mixin OutputMixin output;

  @Option(names = "--entity", required = true, paramLabel = "ID", description = "entity id, e.g. IR or lavrov")
  String entity;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first publication day (default: the first)")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last publication day, inclusive (default: the last)")
  String to;

  @Option(names = "--scope", defaultValue = "document", description = "document or sentence (default: document)")
  String scope;

  @Option(names = "--slice", defaultValue = "all", paramLabel = "KIND=VALUE",
      description = "lang=fa, source=irna, ... (default: all, the whole corpus)")
  String slice;

  @Option(names = "--min-support", defaultValue = "3", paramLabel = "N",
      description = "partners need N articles with the entity (default: 3)")
  long minSupport;

  @Option(names = "--top", defaultValue = "20", paramLabel = "K", description = "list K partners (default: 20)")
  int top;

  @Option(names = "--format", defaultValue = "table", description = "table or csv (default: table)")
  String format;

  @Mixin SparkOptions sparkOptions;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate first = day("--from", from);
    LocalDate last = day("--to", to);
    if (first != null && last != null && last.isBefore(first)) {
      throw OptionErrors.partnersRangeEmpty(first, last);
    }
    if (minSupport < 1 || top < 1) {
      throw OptionErrors.partnersCountsTooSmall(minSupport, top);
    }
    TextTable.Format printAs = TextTable.format(format);
    PartnersRanking.Query query = new PartnersRanking.Query(entity, first, last, scope,
        TimeSeriesQuery.Slice.parse(slice), minSupport, top);
    return sparkOptions.inSession(List.of(output.directory()), spark -> {
      TextTable table = new TextTable(COLUMNS);
      for (PartnersRanking.Partner partner : PartnersRanking.rank(spark, output.directory(), query)) {
        List<Object> row = new ArrayList<>();
        row.add(partner.partner());
        row.add(partner.pairArticles());
        row.add(partner.entityArticles());
        row.add(partner.partnerArticles());
        row.add(partner.totalArticles());
        row.add(partner.npmi());
        row.add(partner.pmi());
        row.add(partner.llr());
        row.add(partner.jaccard());
        table.add(row);
      }
      table.print(spec.commandLine().getOut(), printAs);
      return UserErrors.OK;
    });
  }

  private static LocalDate day(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw OptionErrors.badDay(option, text, e.getMessage());
    }
  }
}
