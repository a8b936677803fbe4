/**
 * Turning news corpora into paivand's corpus schema: one Parquet row per article with the seven string columns of
 * {@link org.paivand.corpus.CorpusSchema}. Plain Java and parquet-hadoop, no Spark: the readers transcribe what a
 * source gives (including dates as written); the job validates and parses it.
 *
 * <p>Pieces: a {@link org.paivand.corpus.CorpusReader} per input format ({@link org.paivand.corpus.FarsJsonReader},
 * {@link org.paivand.corpus.CsvCorpusReader}, {@link org.paivand.corpus.JsonlCorpusReader}), chosen by
 * {@link org.paivand.corpus.CorpusFormat}; {@link org.paivand.corpus.CorpusParquetWriter} writes the rows; and
 * {@link org.paivand.corpus.CorpusImporter} wires them together for {@code paivand import}.
 */
package org.paivand.corpus;
