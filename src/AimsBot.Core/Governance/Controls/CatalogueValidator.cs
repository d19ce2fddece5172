using System.Globalization;
using System.Text.RegularExpressions;

namespace AimsBot.Core.Governance.Controls;

/// <summary>The rules a catalogue must meet before the bot starts: counts, unique ids, every link resolves.</summary>
public static partial class CatalogueValidator
{
    public const int ExpectedControls = 38;
    public const int ExpectedIso27001 = 93;

    /// <summary>Controls per objective in ISO/IEC 42001:2023 Annex A.</summary>
    public static readonly IReadOnlyDictionary<string, int> ExpectedPerObjective = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["A.2"] = 3,
        ["A.3"] = 2,
        ["A.4"] = 5,
        ["A.5"] = 4,
        ["A.6"] = 9,
        ["A.7"] = 5,
        ["A.8"] = 4,
        ["A.9"] = 3,
        ["A.10"] = 3,
    };

    private static readonly string[] Kinds = ["extend", "new"];
    private static readonly string[] ClauseKinds = ["transfer", "extend", "new"];

    public static IReadOnlyList<string> Validate(CatalogueDocument document)
    {
        var problems = new List<string>();
        void Problem(string text) => problems.Add(text);

        Count(problems, "ISO/IEC 42001 controls", document.Controls.Count, ExpectedControls);
        Count(problems, "ISO/IEC 27001 controls", document.Iso27001.Count, ExpectedIso27001);
        Duplicates(problems, "ISO/IEC 42001 control", document.Controls.Select(c => c.Id));
        Duplicates(problems, "ISO/IEC 27001 control", document.Iso27001.Select(c => c.Id));
        Duplicates(problems, "objective", document.Objectives.Select(o => o.Id));

        var iso = document.Iso27001.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var objectives = document.Objectives.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in document.Iso27001.Where(c => !IdShape().IsMatch(c.Id) || string.IsNullOrWhiteSpace(c.Title)))
        {
            Problem($"ISO/IEC 27001 control '{entry.Id}' needs an id like A.5.1 and a title.");
        }

        foreach (var objective in document.Objectives.Where(o => !ExpectedPerObjective.ContainsKey(o.Id) || string.IsNullOrWhiteSpace(o.Title)))
        {
            Problem($"Objective '{objective.Id}' is not an ISO/IEC 42001 Annex A objective or has no title.");
        }

        foreach (var control in document.Controls)
        {
            var name = $"Control '{control.Id}'";
            if (!IdShape().IsMatch(control.Id) || string.IsNullOrWhiteSpace(control.Title))
            {
                Problem($"{name} needs an id like A.6.2.8 and a title.");
            }

            if (!objectives.Contains(control.Objective))
            {
                Problem($"{name} names objective '{control.Objective}', which is not in the catalogue.");
            }
            else if (!control.Id.StartsWith(control.Objective + ".", StringComparison.Ordinal))
            {
                Problem($"{name} is not numbered under its objective {control.Objective}.");
            }

            if (!Kinds.Contains(control.Reuse, StringComparer.Ordinal))
            {
                Problem($"{name} has reuse '{control.Reuse}'; expected extend or new.");
            }

            foreach (var link in control.Iso27001.Where(l => !iso.Contains(l)))
            {
                Problem($"{name} links ISO/IEC 27001 control '{link}', which is not in the catalogue.");
            }

            Duplicates(problems, name + " link", control.Iso27001);
            if (control.Questions.Count is < 2 or > 4 || control.Questions.Any(string.IsNullOrWhiteSpace))
            {
                Problem($"{name} needs 2 to 4 guidance questions.");
            }
        }

        foreach (var (objective, expected) in ExpectedPerObjective)
        {
            Count(problems, "controls in objective " + objective, document.Controls.Count(c => c.Objective == objective), expected);
        }

        foreach (var clause in document.Clauses.Where(c => !ClauseKinds.Contains(c.Kind, StringComparer.Ordinal) || string.IsNullOrWhiteSpace(c.Clause)))
        {
            Problem($"Clause '{clause.Clause}' has kind '{clause.Kind}'; expected transfer, extend or new.");
        }

        if (document.Clauses.Count == 0)
        {
            Problem("The clause table is empty.");
        }

        return problems;
    }

    private static void Count(List<string> problems, string what, int actual, int expected)
    {
        if (actual != expected)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Expected {expected} {what}, found {actual}."));
        }
    }

    private static void Duplicates(List<string> problems, string what, IEnumerable<string> ids)
    {
        foreach (var group in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Duplicate {what} id '{group.Key}'.");
        }
    }

    [GeneratedRegex(@"^A\.\d{1,2}(\.\d{1,2}){1,2}$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex IdShape();
}
