using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Risks;
using Humanizer;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary><c>heatmap [AI-0001]</c>: active risks counted on the likelihood × impact grid, inherent next to residual.</summary>
public sealed class HeatmapDialog(IRiskStore risks, IAiSystemStore systems, RiskMethod method) : IDialog
{
    public string Name => "heatmap";

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("heatmap", "heatmap [AI-0001]", "The risk heat map: active risks on the likelihood × impact grid, inherent next to residual; for one AI system or all."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var argument = context.Arguments.Trim();
        AiSystem? system = null;
        if (argument.Length > 0)
        {
            var id = SystemNames.ParseId(argument);
            system = id is null ? null : systems.Get(id);
            if (system is null)
            {
                context.Say($"There is no AI system “{Markdown.Escape(argument.Length > 40 ? argument[..40] : argument)}”. Type **heatmap** for every risk, or **heatmap AI-0001** for one system.");
                return ValueTask.CompletedTask;
            }
        }

        var grid = risks.Grid(system?.Id, method.Likelihood.Count, method.Impact.Count);
        var codes = LevelCodes(method);
        var data = new JsonObject
        {
            ["title"] = system is null ? "Risk heat map" : $"Risk heat map · {system.Id} {Markdown.Escape(system.Name)}",
            ["summary"] = $"{"active risk".ToQuantity(grid.Total)} · inherent next to residual (residual after the treatments recorded; untreated risks stay where they are)",
            ["grids"] = new JsonArray(Grid("Inherent", grid.Inherent, codes), Grid("Residual", grid.Residual, codes)),
            ["legend"] = string.Join(" · ", method.Levels.Select(l => $"{codes[l.Name.Trim()]} {l.Name}")) + " · the number is how many risks sit in the cell (· for none). Type **risks high** for the list.",
        };
        context.Show("heatmap", data, $"{data["title"]}: {data["summary"]}");
        return ValueTask.CompletedTask;
    }

    /// <summary>The shortest distinct prefix of each level name, upper case ("L", "M", "H", "C").</summary>
    public static Dictionary<string, string> LevelCodes(RiskMethod method)
    {
        var names = method.Levels.Select(l => l.Name.Trim()).ToList();
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var length = 1;
            while (length < name.Length && names.Any(other => other != name && other.StartsWith(name[..length], StringComparison.OrdinalIgnoreCase)))
            {
                length++;
            }

            codes[name] = name[..length].ToUpperInvariant();
        }

        return codes;
    }

    private JsonObject Grid(string label, int[,] counts, Dictionary<string, string> codes) => new()
    {
        ["label"] = label,
        ["columns"] = RiskMethodCard.Columns(method),
        ["rows"] = RiskMethodCard.Rows(method, (l, i) =>
        {
            var count = counts[l - 1, i - 1];
            return codes[method.LevelOf(l, i).Name.Trim()] + " " + (count == 0 ? "·" : count.ToString(CultureInfo.InvariantCulture));
        }, numbered: false),
    };
}
