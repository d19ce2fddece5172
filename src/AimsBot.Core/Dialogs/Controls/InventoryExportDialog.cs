using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using Humanizer;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary><c>inventory export</c>: the AI system inventory as XLSX and CSV for auditors, with a summary card.</summary>
public sealed class InventoryExportDialog(InventoryExportBuilder exports, ExportPublisher publisher) : IDialog
{
    public string Name => "inventory";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("inventory", "inventory export", "The AI system inventory as XLSX and CSV files for auditors (admin, committee).") { AdminOnly = true },
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (!string.Equals(context.Arguments.Trim(), "export", StringComparison.OrdinalIgnoreCase))
        {
            context.Say("Type **inventory export** for the files, or **systems** to browse the inventory in chat.");
            return ValueTask.CompletedTask;
        }

        if (!ExportPublisher.MayExport(context.Actor))
        {
            context.Say("Only AIMS admins and committee members can export the inventory.");
            return ValueTask.CompletedTask;
        }

        var table = exports.Build();
        var approvalColumn = InventoryExportBuilder.Columns.ToList().IndexOf("Approval");
        var stageColumn = InventoryExportBuilder.Columns.ToList().IndexOf("Lifecycle stage");
        var summary = new JsonArray { ControlView.Fact("AI systems", table.Rows.Count.ToString(CultureInfo.InvariantCulture)) };
        foreach (var status in Enum.GetValues<ApprovalStatus>().Where(s => s != ApprovalStatus.Withdrawn))
        {
            var label = ExportFormat.Label(status);
            summary.Add(ControlView.Fact(label, table.Rows.Count(r => r[approvalColumn] == label).ToString(CultureInfo.InvariantCulture)));
        }

        var production = ExportFormat.Label(LifecycleStage.InProduction);
        summary.Add(ControlView.Fact(production, "system".ToQuantity(table.Rows.Count(r => r[stageColumn] == production))));
        publisher.Publish(context, "AI system inventory", "ai-system-inventory", [table], table, summary);
        return ValueTask.CompletedTask;
    }
}
