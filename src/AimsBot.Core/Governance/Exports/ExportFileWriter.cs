using System.Collections.Concurrent;

namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// Writes an export's two files, the XLSX workbook and the CSV of its main table, in one pass over the rows: a streamed
/// register is read from the store once, and no row is kept after both files have it. The rows are read on the calling
/// thread (a store's transaction belongs to it) and the files are written on a second one, so reading and writing overlap.
/// </summary>
public static class ExportFileWriter
{
    /// <summary>How many rows may wait between the reading and the writing thread.</summary>
    private const int Queue = 256;

    /// <param name="csv">The table the CSV holds: usually one of <paramref name="tables"/>, written beside its sheet.</param>
    public static void Write(IReadOnlyList<ExportTable> tables, ExportTable csv, Stream xlsxOutput, Stream csvOutput)
    {
        var csvAt = tables.ToList().FindIndex(t => ReferenceEquals(t, csv));
        if (csvAt < 0)
        {
            XlsxExportWriter.Write(tables, xlsxOutput);
            CsvExportWriter.Write(csv, csvOutput);
            return;
        }

        using var rows = new BlockingCollection<IReadOnlyList<string>>(Queue);
        using var stop = new CancellationTokenSource();
        var handed = tables.Select(t => t with { Rows = new StreamedRowCollection(t.Rows.Count, rows.GetConsumingEnumerable().Take(t.Rows.Count)) }).ToList();
        var writing = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    WriteFiles(handed, handed[csvAt], xlsxOutput, csvOutput);
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (var row in tables.SelectMany(t => t.Rows))
            {
                rows.Add(row, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer failed: its exception is thrown below.
        }
        catch
        {
            // Reading failed: the writer stops at the missing rows and must not outlive the queue; the reading error is the one reported.
            rows.CompleteAdding();
            Task.WaitAny(writing);
            _ = writing.Exception;
            throw;
        }

        rows.CompleteAdding();
        writing.GetAwaiter().GetResult();
    }

    private static void WriteFiles(IReadOnlyList<ExportTable> tables, ExportTable csv, Stream xlsxOutput, Stream csvOutput)
    {
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
