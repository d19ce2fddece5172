using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Storage;
using Humanizer;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// Writes an export as XLSX and CSV, publishes both under short-lived links, and builds the summary
/// card. The card goes only to the requester's personal chat with the bot (asked elsewhere, they are
/// told where to look), and it is marked <see cref="Reply.Redact"/> so the stored copy of the links
/// is removed once it is sent.
/// </summary>
public sealed class ExportPublisher(ExportLinks links, IConversationStore conversations)
{
    public const string Template = "export-ready";

    public const string NoPersonalChat =
        "Exports hold the whole register, so I send them only to your personal chat with me, and we have none yet. Open a chat with me (in Teams: Apps › AimsBot › Chat; in Slack: the app's Messages tab) and type the command there.";

    public const string SentPrivately = "I sent the export to our personal chat: download links are never posted where others can see them.";

    /// <summary>Admins and committee members may export (auditor material).</summary>
    public static bool MayExport(Actor actor) => actor.IsAdmin || actor.IsCommittee;

    /// <param name="csv">The table the CSV file holds (a CSV has one table: the main one, not the document control).</param>
    public void Publish(DialogContext context, string title, string fileStem, IReadOnlyList<ExportTable> tables, ExportTable csv, JsonArray summary)
    {
        var personal = context.Turn.Conversation.IsPersonal
            && (context.Turn.Conversation.UserKey is null || context.Turn.Conversation.UserKey == context.Actor.Key);
        if (!personal && conversations.FindPersonal(context.Actor.Key) is null)
        {
            context.Say(NoPersonalChat);
            return;
        }

        var stamp = context.Now.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        using var xlsx = new MemoryStream();
        using var csvFile = new MemoryStream();
        ExportFileWriter.Write(tables, csv, xlsx, csvFile);
        var (xlsxUrl, expires) = links.Publish(context.Actor, $"{fileStem}-{stamp}.xlsx", XlsxExportWriter.ContentType, xlsx);
        var (csvUrl, _) = links.Publish(context.Actor, $"{fileStem}-{stamp}.csv", CsvExportWriter.ContentType, csvFile);
        var data = new JsonObject
        {
            ["title"] = title,
            ["generated"] = $"Generated {context.Now.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC · links expire {expires.Humanize(context.Now)}{(links.SingleUse ? " and work once" : "")}",
            ["sheets"] = string.Join(", ", tables.Select(t => $"{t.Name} ({"row".ToQuantity(t.Rows.Count)})")),
            ["summary"] = summary,
            ["xlsxUrl"] = xlsxUrl.AbsoluteUri,
            ["csvUrl"] = csvUrl.AbsoluteUri,
        };
        var card = Reply.ShowCard(Template, data, $"{title} is ready: XLSX {xlsxUrl.AbsoluteUri} · CSV {csvUrl.AbsoluteUri} (the links expire {expires.Humanize(context.Now)}).");
        context.Add(card with { Redact = true, RecipientUserKey = personal ? null : context.Actor.Key });
        if (!personal)
        {
            context.Say(SentPrivately);
        }
    }
}
