using System.Globalization;
using AimsBot.Core.Conversations;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// Writes tables as one XLSX workbook: one sheet per table, header row bold and frozen, filters on. Cells are
/// written as text (never formulas), so no formula guarding is needed here, unlike CSV; line breaks
/// are written as LF, the way Excel stores them; control and bidirectional characters (which XML cannot
/// hold or which reorder what a reader sees) are shown as U+FFFD; leading and trailing spaces are kept.
/// </summary>
/// <remarks>
/// SpreadCheetah streams each row into the archive without building a string per cell: a 50,000-row register
/// is written in a fraction of the time and memory a cell-by-cell writer needs. Writing to a memory stream
/// completes synchronously, so the library's asynchronous calls are awaited in place.
/// </remarks>
public static class XlsxExportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Workbooks with more rows than this keep Excel's default column widths (fitting them reads every cell again).</summary>
    public const int AutoWidthRows = 5_000;

    private const double MinWidth = 9;
    private const double MaxWidth = 100;

    public static byte[] Write(IReadOnlyList<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        Write(tables, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes the workbook into <paramref name="output"/>, walking each table's rows once (streamed rows too);
    /// <paramref name="written"/> sees every data row as it is written, so another file can be written in the same pass.
    /// </summary>
    public static void Write(IReadOnlyList<ExportTable> tables, Stream output, Action<ExportTable, IReadOnlyList<string>>? written = null)
    {
        var fitWidths = tables.Sum(t => t.Rows.Count) <= AutoWidthRows;
        using var spreadsheet = Done(Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { PreserveStringWhitespace = true }));
        var header = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        foreach (var table in tables)
        {
            var options = new WorksheetOptions
            {
                FrozenRows = 1,
                AutoFilter = new AutoFilterOptions("A1:" + ColumnName(Math.Max(1, table.Columns.Count)) + (table.Rows.Count + 1).ToString(CultureInfo.InvariantCulture)),
            };

            // Fitting reads every cell before the sheet starts: the rows (few, then) are taken once into a list.
            var rows = table.Rows;
            if (fitWidths)
            {
                var list = table.Rows.ToList();
                Fit(options, table.Columns, list);
                rows = list;
            }

            Done(spreadsheet.StartWorksheetAsync(SheetName(table.Name), options));
            Done(spreadsheet.AddHeaderRowAsync([.. table.Columns.Select(Cell)], header));
            var cells = new DataCell[table.Columns.Count];
            foreach (var row in rows)
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = new DataCell(i < row.Count ? Cell(row[i]) : "");
                }

                Done(spreadsheet.AddRowAsync(cells));
                written?.Invoke(table, row);
            }
        }

        Done(spreadsheet.FinishAsync());
    }

    /// <summary>Excel sheet names: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    public static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }

    /// <summary>The column letters for a 1-based column number: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string Cell(string value) => InvisibleText.Neutralize(value.ReplaceLineEndings("\n"));

    /// <summary>Each column as wide as its longest line (header included), within bounds.</summary>
    private static void Fit(WorksheetOptions options, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var longest = Longest(columns[c]);
            foreach (var row in rows)
            {
                longest = c < row.Count ? Math.Max(longest, Longest(row[c])) : longest;
            }

            options.Column(c + 1).Width = Math.Clamp(longest + 2, MinWidth, MaxWidth);
        }
    }

    private static int Longest(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }

    private static T Done<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    private static void Done(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }
}
