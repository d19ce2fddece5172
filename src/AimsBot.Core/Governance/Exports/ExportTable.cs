namespace AimsBot.Core.Governance.Exports;

/// <summary>One table of an export: a sheet in the XLSX, a CSV file on its own.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
