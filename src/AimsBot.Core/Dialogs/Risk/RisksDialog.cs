using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using Humanizer;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary><c>risks [mine | open | high | overdue | AI-0001 | keyword]</c>: the register, paged, highest level first; <c>risks export</c> for auditors.</summary>
public sealed class RisksDialog(IRiskStore risks, IAiSystemStore systems, RiskMethod method, RiskExportBuilder exports, ExportPublisher publisher) : IDialog
{
    public const int PageSize = 10;

    public static readonly Verb PageVerb = new("risks/page");

    public string Name => "risks";

    public IReadOnlyList<Verb> Verbs { get; } = [PageVerb];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("risks", "risks [mine | open | high | overdue | AI-0001 | keyword] [page N]", "The AI risk register, highest level first; `risks export` gives XLSX and CSV files (admin, committee).") { Menu = "The AI risk register, highest level first" },
    ];

    /// <summary>The longest filter accepted: it travels in the paging buttons' data (Slack allows 2,000 characters there).</summary>
    public const int FilterMax = 200;

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var filter = context.Kind == InvocationKind.CardAction ? context.Turn.Value("filter") ?? "" : context.Arguments;
        if (filter.Length > FilterMax)
        {
            context.Say(string.Create(CultureInfo.InvariantCulture, $"That filter is too long (at most {FilterMax} characters). Try a word or an id, for example **risks high** or **risks AI-0001**."));
            return ValueTask.CompletedTask;
        }

        if (context.Kind == InvocationKind.CardAction && context.Verb == PageVerb)
        {
            var page = int.TryParse(context.Turn.Value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
            List(context, (context.Turn.Value("filter") ?? "") + " page " + page.ToString(CultureInfo.InvariantCulture), replace: true);
        }
        else if (string.Equals(context.Arguments.Trim(), "export", StringComparison.OrdinalIgnoreCase))
        {
            Export(context);
        }
        else
        {
            List(context, context.Arguments.Trim(), replace: false);
        }

        return ValueTask.CompletedTask;
    }

    private void List(DialogContext context, string arguments, bool replace)
    {
        var query = RiskListQuery.Parse(arguments, context.Actor, method, context.Now, id => systems.Get(id) is not null);
        if (query.Problem is not null)
        {
            context.Say(query.Problem);
            return;
        }

        var page = Math.Max(1, query.Page);
        var found = risks.Find(query.Filter, (page - 1) * PageSize, PageSize);
        var total = found.Total;
        if (total == 0)
        {
            context.Say(query.Title == "Risk register"
                ? "The risk register is empty."
                : $"No risk is {query.Title["Risks ".Length..]} right now. Type **risks** for the whole register.");
            return;
        }

        var pages = (total + PageSize - 1) / PageSize;
        if (page > pages)
        {
            page = pages;
            found = risks.Find(query.Filter, (page - 1) * PageSize, PageSize);
        }

        var names = found.Items.Select(r => r.SystemId).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, systems.Get, StringComparer.Ordinal);
        var items = new JsonArray();
        foreach (var risk in found.Items)
        {
            var residual = risk.Status == RiskStatus.TreatmentPlanned && risk.Treatment is { } t ? $" (residual {t.ResidualLevel} once treated)" : "";
            var system = risk.SystemId.Length == 0 ? "organisation" : RiskView.System(names.GetValueOrDefault(risk.SystemId), risk.SystemId);
            items.Add(new JsonObject
            {
                ["id"] = risk.Id,
                ["title"] = Markdown.Escape(risk.Title),
                ["line"] = $"{RiskView.Level(risk)}{residual} · {RiskView.Status(risk.Status)} · owner {Markdown.Escape(risk.OwnerName)} · {system} · {RiskView.Due(risk, context.Now)}",
            });
        }

        var data = new JsonObject
        {
            ["title"] = query.Title,
            ["summary"] = $"{"risk".ToQuantity(total)} · page {page} of {pages}",
            ["items"] = items,
            ["filter"] = StripPage(arguments),
            ["hasPrevious"] = page > 1,
            ["hasNext"] = page < pages,
            ["previousPage"] = (page - 1).ToString(CultureInfo.InvariantCulture),
            ["nextPage"] = (page + 1).ToString(CultureInfo.InvariantCulture),
            ["cardId"] = CardIds.New(),
        };
        var fallback = $"{query.Title}: {data["summary"]}";
        if (replace)
        {
            context.ReplaceCard("risks", data, fallback);
        }
        else
        {
            context.Show("risks", data, fallback);
        }
    }

    private void Export(DialogContext context)
    {
        if (!ExportPublisher.MayExport(context.Actor))
        {
            context.Say("Only AIMS admins and committee members can export the risk register.");
            return;
        }

        // The counts come from the register's headers (in memory), not from the rows, which are streamed into the files.
        var tables = exports.Build();
        var register = tables[0];
        var open = risks.Headers().Where(h => h.Status != RiskStatus.Closed).CountBy(h => h.Level).ToDictionary();
        var summary = new JsonArray { ControlView.Fact("Risks", register.Rows.Count.ToString(CultureInfo.InvariantCulture)) };
        foreach (var level in method.Levels.Reverse())
        {
            summary.Add(ControlView.Fact(level.Name, "risk".ToQuantity(open.GetValueOrDefault(level.Name))));
        }

        publisher.Publish(context, "AI risk register", "ai-risk-register", tables, register, summary);
    }

    /// <summary>The filter words without <c>page N</c>, for the paging buttons.</summary>
    private static string StripPage(string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var at = words.FindIndex(w => w.Equals("page", StringComparison.OrdinalIgnoreCase));
        if (at >= 0 && at + 1 < words.Count && int.TryParse(words[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            words.RemoveRange(at, 2);
        }

        return string.Join(' ', words);
    }
}
