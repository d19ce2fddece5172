namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// Writes an export's two files, the XLSX workbook and the CSV of its main table, in one pass over the rows:
/// a streamed register is read from the store once, and no row is kept after both files have it.
/// </summary>
public static class ExportFileWriter
{
    /// <param name="csv">The table the CSV holds: usually one of <paramref name="tables"/>, written beside its sheet.</param>
    public static void Write(IReadOnlyList<ExportTable> tables, ExportTable csv, Stream xlsxOutput, Stream csvOutput)
    {
        if (!tables.Any(t => ReferenceEquals(t, csv)))
        {
            XlsxExportWriter.Write(tables, xlsxOutput);
            CsvExportWriter.Write(csv, csvOutput);
            return;
        }

        using var writer = CsvExportWriter.Open(csvOutput);
        CsvExportWriter.AppendRow(writer, csv.Columns);
        XlsxExportWriter.Write(tables, xlsxOutput, (table, row) =>
        {
            if (ReferenceEquals(table, csv))
            {
                CsvExportWriter.AppendRow(writer, row);
            }
        });
    }
}
