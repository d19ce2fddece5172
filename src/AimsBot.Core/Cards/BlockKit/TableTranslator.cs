using System.Text;
using System.Text.Json.Nodes;

namespace AimsBot.Core.Cards.BlockKit;

/// <summary>
/// An Adaptive Card <c>Table</c> as Slack has no table block: a monospace grid in a code block, columns
/// padded to their widest cell, the header row underlined. Cells hold text only (TextBlocks, joined);
/// any other element in a cell cannot be shown in a grid and fails like an unknown element.
/// </summary>
internal static class TableTranslator
{
    public static IEnumerable<JsonObject> Grid(JsonObject table)
    {
        var rows = CardJson.Objects(table["rows"]).Select(row => CardJson.Objects(row["cells"]).Select(Cell).ToList()).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        var columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();
        var lines = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var line = new StringBuilder();
            for (var c = 0; c < columns; c++)
            {
                var text = c < rows[r].Count ? rows[r][c] : "";
                line.Append(text.PadRight(widths[c] + (c < columns - 1 ? 2 : 0)));
            }

            lines.Add(line.ToString().TrimEnd());
            if (r == 0 && (!table.ContainsKey("firstRowAsHeader") || CardJson.Flag(table, "firstRowAsHeader")))
            {
                lines.Add(new string('-', Math.Max(1, widths.Sum() + (2 * (columns - 1)))));
            }
        }

        // Each block is its own code block, so a long table is split between rows, never inside one.
        var chunk = new StringBuilder();
        foreach (var line in lines)
        {
            var escaped = SlackMrkdwn.Escape(line);
            if (chunk.Length > 0 && chunk.Length + escaped.Length + 8 > BlockKitLimits.SectionText)
            {
                yield return BlockKitBlocks.Section("```" + chunk + "```");
                chunk.Clear();
            }

            chunk.Append(escaped).Append('\n');
        }

        yield return BlockKitBlocks.Section("```" + chunk + "```");
    }

    private static string Cell(JsonObject cell)
    {
        var texts = new List<string>();
        foreach (var item in CardJson.Objects(cell["items"]))
        {
            if (CardJson.Type(item) != "TextBlock")
            {
                throw new NotSupportedException($"The Slack translator shows a table as a text grid: a cell may hold only TextBlocks, not '{CardJson.Type(item)}'.");
            }

            // A backtick would end the code block early.
            texts.Add(SlackMrkdwn.ToPlain(CardJson.Str(item, "text")).ReplaceLineEndings(" ").Replace('`', '\'').Trim());
        }

        return string.Join(" ", texts.Where(t => t.Length > 0));
    }
}
