using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>The data of the <c>risk-method</c> card and the matrix tables the heat map shares.</summary>
public static class RiskMethodCard
{
    public static JsonObject Data(RiskMethod method) => new()
    {
        ["summary"] = $"Method version {method.Stamp} · stamped on every risk assessed with it",
        ["likelihood"] = new JsonArray([.. method.Likelihood.Select((l, i) => (JsonNode)ControlView.Fact(Invariant($"{i + 1} {l.Name}"), l.Description))]),
        ["impact"] = new JsonArray([.. method.Impact.Select((l, i) => (JsonNode)ControlView.Fact(Invariant($"{i + 1} {l.Name}"), l.Description))]),
        ["columns"] = Columns(method),
        ["rows"] = Rows(method, (l, i) => method.LevelOf(l, i).Name),
        ["levels"] = new JsonArray([.. method.Levels.Select(l => (JsonNode)ControlView.Fact(
            l.Name,
            Invariant($"{ExportFormat.Label(l.Acceptance)} · review every {l.ReviewMonths} months{(l.Description.Length > 0 ? " · " + l.Description : "")}")))]),
        ["footer"] = "Set in the Risk section of the configuration; a change gives a new method version, so each assessment shows which method it used.",
    };

    /// <summary>One column definition per impact level plus the likelihood labels.</summary>
    public static JsonArray Columns(RiskMethod method) => new([.. Enumerable.Range(0, method.Impact.Count + 1).Select(_ => (JsonNode)new JsonObject())]);

    /// <summary>The matrix as table rows: a header of impacts, then likelihoods from the highest down, each cell's text from <paramref name="cell"/>.</summary>
    public static JsonArray Rows(RiskMethod method, Func<int, int, string> cell, bool numbered = true)
    {
        var header = new JsonArray { Cell("Likelihood \\ impact", "emphasis") };
        for (var i = 1; i <= method.Impact.Count; i++)
        {
            header.Add(Cell(numbered ? method.ImpactLabel(i) : method.Impact[i - 1].Name, "emphasis"));
        }

        var rows = new JsonArray { new JsonObject { ["cells"] = header } };
        for (var l = method.Likelihood.Count; l >= 1; l--)
        {
            var cells = new JsonArray { Cell(numbered ? method.LikelihoodLabel(l) : method.Likelihood[l - 1].Name, "emphasis") };
            for (var i = 1; i <= method.Impact.Count; i++)
            {
                cells.Add(Cell(cell(l, i), Style(method, method.LevelOf(l, i))));
            }

            rows.Add(new JsonObject { ["cells"] = cells });
        }

        return rows;
    }

    /// <summary>The cell colour of a level: the lowest good, others the owner may accept warning, the rest attention.</summary>
    public static string Style(RiskMethod method, RiskLevelDefinition level) =>
        method.RankOf(level.Name) == 1 ? "good" : level.Acceptance == AcceptanceAuthority.Owner ? "warning" : "attention";

    private static JsonObject Cell(string text, string style) => new() { ["text"] = text, ["style"] = style };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
