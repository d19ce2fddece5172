using AimsBot.Core.Conversations;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// Writes tables as one XLSX workbook: one sheet per table, header row frozen, filters on. Cells are
/// written as text (never formulas), so no formula guarding is needed here, unlike CSV; line breaks
/// are written as LF, the way Excel stores them; control and bidirectional characters (which XML cannot
/// hold or which reorder what a reader sees) are shown as U+FFFD.
/// </summary>
public static class XlsxExportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Workbooks with more rows than this get MiniExcel's default column widths.</summary>
    public const int AutoWidthRows = 5_000;

    public static byte[] Write(IReadOnlyList<ExportTable> tables)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            sheets[SheetName(table.Name)] = Rows(table);
        }

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            FreezeColumnCount = 0,
            AutoFilter = true,
            TableStyles = TableStyles.Default,
            // Auto width measures every cell again; above a few thousand rows it costs more than it helps.
            EnableAutoWidth = tables.Sum(t => t.Rows.Count) <= AutoWidthRows,
            FastMode = true,
        };

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    /// <summary>Excel sheet names: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    public static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(ExportTable table)
    {
        foreach (var row in table.Rows)
        {
            var values = new Dictionary<string, object?>(table.Columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                values[table.Columns[i]] = i < row.Count ? InvisibleText.Neutralize(row[i].ReplaceLineEndings("\n")) : "";
            }

            yield return values;
        }
    }
}
