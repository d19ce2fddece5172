namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// One table of an export: a sheet in the XLSX, a CSV file on its own. Small tables hold their rows in a list; a
/// large register streams them from the store (<see cref="Streamed"/>), produced once, as the files are written.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyCollection<IReadOnlyList<string>> Rows)
{
    /// <summary>A table whose <paramref name="count"/> rows are produced one at a time while the files are written (see <see cref="StreamedRowCollection"/>).</summary>
    public static ExportTable Streamed(string name, IReadOnlyList<string> columns, int count, IEnumerable<IReadOnlyList<string>> rows) =>
        new(name, columns, new StreamedRowCollection(count, rows));
}
