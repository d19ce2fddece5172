using System.Globalization;
using System.Text.RegularExpressions;

namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// The rules a catalogue must meet before the bot starts: counts, unique ids, every id inside its
/// objective's numbering, ISO 27001 themes, every link resolves, extended controls link something.
/// </summary>
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

    /// <summary>The sub-objectives an objective has (only A.6: A.6.1 and A.6.2).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ExpectedParts = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["A.6"] = ["A.6.1", "A.6.2"],
    };

    /// <summary>How many controls each numbering section holds; they are numbered from <c>.2</c> (<c>.1</c> is the objective).</summary>
    public static readonly IReadOnlyDictionary<string, int> ExpectedNumbering = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["A.2"] = 3,
        ["A.3"] = 2,
        ["A.4"] = 5,
        ["A.5"] = 4,
        ["A.6.1"] = 2,
        ["A.6.2"] = 7,
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
        Count(problems, "ISO/IEC 42001 controls", document.Controls.Count, ExpectedControls);
        Count(problems, "ISO/IEC 27001 controls", document.Iso27001.Count, ExpectedIso27001);
        Duplicates(problems, "ISO/IEC 42001 control", document.Controls.Select(c => c.Id));
        Duplicates(problems, "ISO/IEC 27001 control", document.Iso27001.Select(c => c.Id));
        Duplicates(problems, "objective", document.Objectives.Select(o => o.Id));
        Iso27001Rules.Validate(problems, document.Iso27001);
        Objectives(problems, document.Objectives);

        var iso = document.Iso27001.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var objectives = document.Objectives.ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var control in document.Controls)
        {
            Control(problems, control, objectives, iso);
        }

        foreach (var (objective, expected) in ExpectedPerObjective)
        {
            Count(problems, "controls in objective " + objective, document.Controls.Count(c => c.Objective == objective), expected);
        }

        foreach (var clause in document.Clauses.Where(c => !ClauseKinds.Contains(c.Kind, StringComparer.Ordinal) || string.IsNullOrWhiteSpace(c.Clause)))
        {
            problems.Add($"Clause '{clause.Clause}' has kind '{clause.Kind}'; expected transfer, extend or new.");
        }

        if (document.Clauses.Count == 0)
        {
            problems.Add("The clause table is empty.");
        }

        return problems;
    }

    private static void Objectives(List<string> problems, List<CatalogueDocument.Entry> objectives)
    {
        foreach (var objective in objectives)
        {
            if (!ExpectedPerObjective.ContainsKey(objective.Id) || string.IsNullOrWhiteSpace(objective.Title))
            {
                problems.Add($"Objective '{objective.Id}' is not an ISO/IEC 42001 Annex A objective or has no title.");
            }

            var expected = ExpectedParts.GetValueOrDefault(objective.Id) ?? [];
            if (!objective.Parts.Select(p => p.Id).SequenceEqual(expected, StringComparer.Ordinal) || objective.Parts.Any(p => string.IsNullOrWhiteSpace(p.Title)))
            {
                problems.Add(expected.Length == 0
                    ? $"Objective '{objective.Id}' has no sub-objectives in ISO/IEC 42001, but the catalogue gives it some."
                    : $"Objective '{objective.Id}' must have the sub-objectives {string.Join(" and ", expected)}, each with a title.");
            }
        }
    }

    private static void Control(List<string> problems, CatalogueDocument.ControlEntry control, Dictionary<string, CatalogueDocument.Entry> objectives, HashSet<string> iso)
    {
        var name = $"Control '{control.Id}'";
        if (!IdShape().IsMatch(control.Id) || string.IsNullOrWhiteSpace(control.Title))
        {
            problems.Add($"{name} needs an id like A.6.2.8 and a title.");
        }

        if (!objectives.TryGetValue(control.Objective, out var objective))
        {
            problems.Add($"{name} names objective '{control.Objective}', which is not in the catalogue.");
        }
        else if (!control.Id.StartsWith(control.Objective + ".", StringComparison.Ordinal))
        {
            problems.Add($"{name} is not numbered under its objective {control.Objective}.");
        }
        else
        {
            Numbering(problems, name, control.Id, objective);
        }

        if (!Kinds.Contains(control.Reuse, StringComparer.Ordinal))
        {
            problems.Add($"{name} has reuse '{control.Reuse}'; expected extend or new.");
        }
        else if (control.Reuse == "extend" && control.Iso27001.Count == 0)
        {
            problems.Add($"{name} extends the ISMS but links no ISO/IEC 27001 control; link the controls it builds on or mark it new.");
        }

        foreach (var link in control.Iso27001.Concat(control.SuggestedIso27001).Where(l => !iso.Contains(l)))
        {
            problems.Add($"{name} links ISO/IEC 27001 control '{link}', which is not in the catalogue.");
        }

        Duplicates(problems, name + " link", control.Iso27001.Concat(control.SuggestedIso27001));
        if (control.Questions.Count is < 2 or > 4 || control.Questions.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{name} needs 2 to 4 guidance questions.");
        }
    }

    /// <summary>The id must be <c>section.n</c> with n from 2 to the section's count + 1 (A.2.1 is the objective itself).</summary>
    private static void Numbering(List<string> problems, string name, string id, CatalogueDocument.Entry objective)
    {
        var section = objective.Parts.Count == 0
            ? objective.Id
            : objective.Parts.Select(p => p.Id).FirstOrDefault(p => id.StartsWith(p + ".", StringComparison.Ordinal));
        if (section is null)
        {
            problems.Add($"{name} is not numbered under a sub-objective of {objective.Id} ({string.Join(", ", objective.Parts.Select(p => p.Id))}).");
            return;
        }

        if (ExpectedNumbering.TryGetValue(section, out var count) && !InRange(id[(section.Length + 1)..], 2, count + 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} is outside the numbering of {section} ({section}.2 to {section}.{count + 1})."));
        }
    }

    internal static bool InRange(string number, int first, int last) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= first && n <= last;

    internal static void Count(List<string> problems, string what, int actual, int expected)
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
    internal static partial Regex IdShape();
}
