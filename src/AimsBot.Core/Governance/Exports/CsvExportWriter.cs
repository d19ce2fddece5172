using System.Text;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// RFC 4180 CSV (CRLF, quotes doubled, fields with commas, quotes or line breaks quoted), UTF-8 with
/// BOM for Excel, cells that a spreadsheet would run as a formula made inert, and invisible or
/// bidirectional control characters shown as U+FFFD.
/// </summary>
public static class CsvExportWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The file's bytes, encoded as they are written (no copy of the whole text in between).</summary>
    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        Write(table, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the file into <paramref name="output"/> (left open).</summary>
    public static void Write(ExportTable table, Stream output)
    {
        using var writer = Open(output);
        AppendRow(writer, table.Columns);
        foreach (var row in table.Rows)
        {
            AppendRow(writer, row);
        }
    }

    /// <summary>A writer over <paramref name="output"/> (left open when it is disposed), UTF-8 with BOM, for <see cref="AppendRow"/>.</summary>
    public static StreamWriter Open(Stream output) => new(output, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);

    /// <summary>Prefixes a cell starting with <c>= + - @</c> (or tab/CR) with a quote so it is shown as text, not run.</summary>
    public static string Guard(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>One cell: invisible and bidirectional control characters shown as U+FFFD, formulas made inert, quoted when needed.</summary>
    public static string Field(string? value)
    {
        var guarded = Guard(InvisibleText.Neutralize(value));
        return guarded.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : guarded;
    }

    /// <summary>One record: the cells (see <see cref="Field"/>) and CRLF.</summary>
    public static void AppendRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(cells[i]));
        }

        writer.Write("\r\n");
    }
}
