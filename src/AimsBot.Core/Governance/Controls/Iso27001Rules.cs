using System.Globalization;

namespace AimsBot.Core.Governance.Controls;

/// <summary>The ISO/IEC 27001:2022 part of the catalogue: 93 controls in four themes of 37, 8, 14 and 34, each numbered from <c>.1</c>.</summary>
public static class Iso27001Rules
{
    /// <summary>ISO/IEC 27001:2022 Annex A themes: clause, name and count (numbered from <c>.1</c>).</summary>
    public static readonly IReadOnlyList<(string Clause, string Theme, int Count)> Themes =
    [
        ("A.5", "Organizational", 37),
        ("A.6", "People", 8),
        ("A.7", "Physical", 14),
        ("A.8", "Technological", 34),
    ];

    public static void Validate(List<string> problems, List<CatalogueDocument.IsoEntry> controls)
    {
        foreach (var entry in controls.Where(c => !CatalogueValidator.IdShape().IsMatch(c.Id) || string.IsNullOrWhiteSpace(c.Title)))
        {
            problems.Add($"ISO/IEC 27001 control '{entry.Id}' needs an id like A.5.1 and a title.");
        }

        foreach (var (clause, theme, count) in Themes)
        {
            CatalogueValidator.Count(problems, $"ISO/IEC 27001 controls in theme {theme}", controls.Count(c => c.Theme == theme), count);
            foreach (var entry in controls.Where(c => c.Id.StartsWith(clause + ".", StringComparison.Ordinal)))
            {
                if (entry.Theme != theme || !CatalogueValidator.InRange(entry.Id[(clause.Length + 1)..], 1, count))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"ISO/IEC 27001 control '{entry.Id}' is outside {clause} {theme} ({clause}.1 to {clause}.{count}) or has theme '{entry.Theme}'."));
                }
            }
        }

        foreach (var entry in controls.Where(c => !Themes.Any(t => c.Id.StartsWith(t.Clause + ".", StringComparison.Ordinal))))
        {
            problems.Add($"ISO/IEC 27001 control '{entry.Id}' is in none of the themes A.5 to A.8.");
        }
    }
}
