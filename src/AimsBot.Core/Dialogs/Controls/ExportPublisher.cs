using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Exports;
using Humanizer;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>Writes an export as XLSX and CSV, publishes both under short-lived links, and builds the summary card.</summary>
public sealed class ExportPublisher(ExportLinks links)
{
    public const string Template = "export-ready";

    /// <summary>Admins and committee members may export (auditor material).</summary>
    public static bool MayExport(Actor actor) => actor.IsAdmin || actor.IsCommittee;

    /// <param name="csv">The table the CSV file holds (a CSV has one table: the main one, not the document control).</param>
    public void Publish(DialogContext context, string title, string fileStem, IReadOnlyList<ExportTable> tables, ExportTable csv, JsonArray summary)
    {
        var stamp = context.Now.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var (xlsxUrl, expires) = links.Publish(context.Actor, $"{fileStem}-{stamp}.xlsx", XlsxExportWriter.ContentType, XlsxExportWriter.Write(tables));
        var (csvUrl, _) = links.Publish(context.Actor, $"{fileStem}-{stamp}.csv", CsvExportWriter.ContentType, CsvExportWriter.Write(csv));
        var data = new JsonObject
        {
            ["title"] = title,
            ["generated"] = $"Generated {context.Now.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC · links expire {expires.Humanize(context.Now)}",
            ["sheets"] = string.Join(", ", tables.Select(t => $"{t.Name} ({"row".ToQuantity(t.Rows.Count)})")),
            ["summary"] = summary,
            ["xlsxUrl"] = xlsxUrl.AbsoluteUri,
            ["csvUrl"] = csvUrl.AbsoluteUri,
        };
        context.Show(Template, data, $"{title} is ready: XLSX {xlsxUrl.AbsoluteUri} · CSV {csvUrl.AbsoluteUri} (the links expire {expires.Humanize(context.Now)}).");
    }
}
