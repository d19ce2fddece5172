using System.Globalization;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// Checks the risk method at start: scales of 2 to 10 named and described steps, 2 to 6 distinct
/// levels with an acceptance criterion and a review period, a matrix with one known level per
/// likelihood and impact that never falls as either rises, and at least one level the owner may accept.
/// </summary>
public sealed class RiskOptionsValidator : IValidateOptions<RiskOptions>
{
    public ValidateOptionsResult Validate(string? name, RiskOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Version) || options.Version.Length > 40)
        {
            errors.Add("Risk:Version must be a short name (1 to 40 characters).");
        }

        Scale(errors, "Likelihood", options.Likelihood);
        Scale(errors, "Impact", options.Impact);
        Levels(errors, options.Levels);
        if (errors.Count == 0)
        {
            Matrix(errors, options);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The matrix rows, each split into its level names.</summary>
    public static string[][] ParseMatrix(RiskOptions options) =>
        [.. options.Matrix.Select(row => row.Split(',', StringSplitOptions.TrimEntries))];

    private static void Scale(List<string> errors, string scale, List<RiskScaleLevel> levels)
    {
        if (levels.Count is < 2 or > 10)
        {
            errors.Add(Invariant($"Risk:{scale} must have between 2 and 10 levels (it has {levels.Count})."));
            return;
        }

        for (var i = 0; i < levels.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(levels[i].Name) || levels[i].Name.Length > 40)
            {
                errors.Add(Invariant($"Risk:{scale}:{i}:Name must be 1 to 40 characters."));
            }

            if (string.IsNullOrWhiteSpace(levels[i].Description) || levels[i].Description.Length > 300)
            {
                errors.Add(Invariant($"Risk:{scale}:{i}:Description must be a plain description of 1 to 300 characters (people read it on the card)."));
            }
        }

        if (levels.Select(l => l.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != levels.Count)
        {
            errors.Add($"Risk:{scale} level names must be distinct.");
        }
    }

    private static void Levels(List<string> errors, List<RiskLevelDefinition> levels)
    {
        if (levels.Count is < 2 or > 6)
        {
            errors.Add(Invariant($"Risk:Levels must have between 2 and 6 levels (it has {levels.Count})."));
            return;
        }

        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            if (string.IsNullOrWhiteSpace(level.Name) || level.Name.Length > 40 || level.Name.Contains(',', StringComparison.Ordinal))
            {
                errors.Add(Invariant($"Risk:Levels:{i}:Name must be 1 to 40 characters without commas."));
            }

            if (!Enum.IsDefined(level.Acceptance))
            {
                errors.Add(Invariant($"Risk:Levels:{i}:Acceptance must be Owner, Committee or NotAcceptable."));
            }

            if (level.ReviewMonths is < 1 or > 60)
            {
                errors.Add(Invariant($"Risk:Levels:{i}:ReviewMonths must be between 1 and 60."));
            }
        }

        if (levels.Select(l => l.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != levels.Count)
        {
            errors.Add("Risk:Levels names must be distinct.");
        }

        if (!levels.Any(l => l.Acceptance == AcceptanceAuthority.Owner))
        {
            errors.Add("Risk:Levels needs at least one level the risk owner may accept (Acceptance = Owner).");
        }

        for (var i = 1; i < levels.Count; i++)
        {
            if (levels[i].Acceptance < levels[i - 1].Acceptance)
            {
                errors.Add(Invariant($"Risk:Levels:{i}:Acceptance is less strict than a lower level's: a higher level cannot be easier to accept."));
            }
        }
    }

    private static void Matrix(List<string> errors, RiskOptions options)
    {
        var rows = ParseMatrix(options);
        if (rows.Length != options.Likelihood.Count)
        {
            errors.Add(Invariant($"Risk:Matrix must have one row per likelihood level ({options.Likelihood.Count}); it has {rows.Length}."));
            return;
        }

        var rank = options.Levels.Select((l, i) => (l.Name.Trim(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.OrdinalIgnoreCase);
        var ranks = new int[rows.Length][];
        for (var l = 0; l < rows.Length; l++)
        {
            if (rows[l].Length != options.Impact.Count)
            {
                errors.Add(Invariant($"Risk:Matrix:{l} must name one level per impact level ({options.Impact.Count}); it names {rows[l].Length}."));
                return;
            }

            ranks[l] = new int[rows[l].Length];
            for (var i = 0; i < rows[l].Length; i++)
            {
                if (!rank.TryGetValue(rows[l][i], out ranks[l][i]))
                {
                    errors.Add(Invariant($"Risk:Matrix:{l} names “{rows[l][i]}”, which is not one of Risk:Levels."));
                    return;
                }
            }
        }

        for (var l = 0; l < rows.Length; l++)
        {
            for (var i = 0; i < rows[l].Length; i++)
            {
                if ((l > 0 && ranks[l][i] < ranks[l - 1][i]) || (i > 0 && ranks[l][i] < ranks[l][i - 1]))
                {
                    errors.Add(Invariant($"Risk:Matrix: likelihood {l + 1}, impact {i + 1} is lower than a cell with a lower likelihood or impact; a level must never fall as either rises."));
                    return;
                }
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
