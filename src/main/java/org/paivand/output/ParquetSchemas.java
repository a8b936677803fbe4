package org.paivand.output;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet form of the output tables paivand writes itself ({@link GroupFileWriter}), as Spark writes the same
 * columns, so that Spark, DuckDB and every reader see one schema whichever wrote a file: every column optional,
 * strings as {@code STRING}, dates as {@code DATE} (days since 1970-01-01), lists in the three-level {@code LIST}
 * form. Only the types the output tables use: string, int, long, boolean, double, date and array of string.
 */
public final class ParquetSchemas {
  private static final String LIST = "list";
  private static final String ELEMENT = "element";

  private ParquetSchemas() {}

  /** The Parquet schema of {@code columns} (partition columns left out by the caller). */
  public static MessageType of(StructType columns) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : columns.fields()) {
      DataType type = field.dataType();
      if (type instanceof ArrayType array && array.elementType().equals(DataTypes.StringType)) {
        message.optionalGroup().as(LogicalTypeAnnotation.listType())
            .repeatedGroup().optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
            .named(ELEMENT).named(LIST).named(field.name());
      } else if (type.equals(DataTypes.StringType)) {
        message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(field.name());
      } else if (type.equals(DataTypes.DateType)) {
        message.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(field.name());
      } else if (type.equals(DataTypes.IntegerType)) {
        message.optional(PrimitiveTypeName.INT32).named(field.name());
      } else if (type.equals(DataTypes.LongType)) {
        message.optional(PrimitiveTypeName.INT64).named(field.name());
      } else if (type.equals(DataTypes.BooleanType)) {
        message.optional(PrimitiveTypeName.BOOLEAN).named(field.name());
      } else if (type.equals(DataTypes.DoubleType)) {
        message.optional(PrimitiveTypeName.DOUBLE).named(field.name());
      } else {
        throw new IllegalArgumentException("no Parquet form for column " + field.name() + " of " + type);
      }
    }
    return message.named("spark_schema");
  }

  /** Appends a list of strings ({@code null} for a missing list) as {@link #of} declares it. */
  public static void appendStrings(Group row, String column, Iterable<String> values) {
    if (values == null) {
      return;
    }
    Group list = row.addGroup(column);
    for (String value : values) {
      Group element = list.addGroup(LIST);
      if (value != null) {
        element.append(ELEMENT, value);
      }
    }
  }
}
